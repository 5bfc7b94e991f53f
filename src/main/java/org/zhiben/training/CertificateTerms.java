package org.zhiben.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A certificate's dates (DOMAIN §10, 第30号令): valid {@code validityYears} from issue (特种作业操作证: 6), reviewed
 * (复审) every {@code reviewYears} (特种作业: 3) counted from the issue or the last review; the review applied for
 * within 60 days before it falls due. A certificate is valid on a day up to and including its expiry and its review
 * date; the due date is the earlier of the two. Reminders fall 90, 60, 30 and 7 days before the due date and on it.
 */
public record CertificateTerms(LocalDate issuedOn, LocalDate validUntil, LocalDate reviewedOn, int reviewYears) {

    /** The default expiry for a type: issue date plus the validity years. */
    public static LocalDate defaultValidUntil(LocalDate issuedOn, int validityYears) {
        return issuedOn.plusYears(validityYears);
    }

    /** The next review date, or null when the type has no review or it would fall after the expiry. */
    public LocalDate nextReview() {
        if (reviewYears <= 0) {
            return null;
        }
        LocalDate base = reviewedOn != null ? reviewedOn : issuedOn;
        LocalDate next = base.plusYears(reviewYears);
        return next.isBefore(validUntil) ? next : null;
    }

    public LocalDate due() {
        LocalDate review = nextReview();
        return review != null && review.isBefore(validUntil) ? review : validUntil;
    }

    /** Valid on {@code day}: issued by then, not expired and not past an unreviewed review date. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(due());
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due());
    }

    /**
     * The reminder step due on {@code today} (the smallest of {@code steps} not below the days left; a missed day is
     * caught up), or null when none is due or the step was already sent for this due date.
     */
    public Integer reminderStep(LocalDate today, List<Integer> steps, LocalDate remindedDue, Integer remindedStep) {
        long left = daysLeft(today);
        if (left < 0) {
            return null;
        }
        Integer step = null;
        for (int s : steps) {
            if (left <= s) {
                step = step == null ? s : Math.min(step, s);
            }
        }
        if (step == null) {
            return null;
        }
        boolean sameDue = due().equals(remindedDue);
        if (sameDue && remindedStep != null && remindedStep <= step) {
            return null;
        }
        return step;
    }
}
