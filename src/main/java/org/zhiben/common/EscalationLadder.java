package org.zhiben.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When the next step of the ladder is due, and how an official decides a proposed one. The first step ({@link #first})
 * is proposed once the work has been behind {@code intervalDays} days; each later step that many days after the
 * previous one was confirmed; a declined step is proposed again (a new round) that many days after it was declined.
 * Only one proposal is pending at a time. Used by hazard (overdue major hazards, from 函告) and campaign (lagging
 * tasks, from 提示); the owners keep their own preconditions (what "behind" means) and who may decide.
 */
public record EscalationLadder(EscalationStep first, int intervalDays) {

    public EscalationLadder {
        if (first == null || intervalDays < 1) {
            throw new IllegalArgumentException("escalation ladder needs a first step and an interval of a day or more");
        }
    }

    /**
     * The step to propose on the Shanghai date {@code today} for work behind since {@code behindSince} (null: not
     * behind) with the proposals so far, if any.
     */
    public Optional<EscalationStep> due(List<? extends EscalationEntry> history, LocalDate behindSince, LocalDate today) {
        if (behindSince == null || pending(history).isPresent()) {
            return Optional.empty();
        }
        Optional<? extends EscalationEntry> last = history.stream()
                .max(Comparator.comparing(EscalationEntry::decidedAt));
        if (last.isEmpty()) {
            return !today.isBefore(behindSince.plusDays(intervalDays)) ? Optional.of(first) : Optional.empty();
        }
        EscalationStep next = last.get().confirmed() ? last.get().getStep().next() : last.get().getStep();
        LocalDate decidedOn = LocalDate.ofInstant(last.get().decidedAt(), Zones.CHINA);
        return next != null && !today.isBefore(decidedOn.plusDays(intervalDays)) ? Optional.of(next)
                : Optional.empty();
    }

    /** The round of a new proposal of {@code step}: one more than its proposals so far. */
    public static int nextRound(List<? extends EscalationEntry> history, EscalationStep step) {
        return 1 + (int) history.stream().filter(e -> e.getStep() == step).count();
    }

    /** The proposal no official has decided yet. */
    public static <E extends EscalationEntry> Optional<E> pending(List<E> history) {
        return history.stream().filter(e -> !e.decided()).findFirst();
    }

    /**
     * Confirms (with an optional note) or declines (a reason is required) the pending proposal; answers it. No pending
     * proposal, or a missing or too long reason, is invalid input.
     */
    public static <E extends EscalationEntry> E decide(List<E> history, boolean confirm, UUID by, String byName,
            String note, Instant at) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!confirm && text == null) {
            throw new InvalidInputException("note", "请填写暂不采取的理由");
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("note", (confirm ? "说明" : "暂不采取的理由") + "不能超过1000字");
        }
        E e = pending(history).orElseThrow(() -> new InvalidInputException("note", "没有待确认的督促建议"));
        if (confirm) {
            e.confirm(by, byName, text, at);
        } else {
            e.decline(by, byName, text, at);
        }
        return e;
    }
}
