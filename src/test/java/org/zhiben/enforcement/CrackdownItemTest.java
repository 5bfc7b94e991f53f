package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.internal.CrackdownItem;
import org.zhiben.enforcement.internal.CrackdownItem.Reminder;

/** 打非治违 filings (seed 003 item 20): due days, lateness with the due day inclusive, reminders once each. */
class CrackdownItemTest {

    private static final MonthDay HALF_YEAR = MonthDay.of(7, 15);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static List<CrackdownItem> year(int y) {
        return CrackdownItem.year("990101000000", SectorSet.EMPTY, "示范县应急管理局", y, HALF_YEAR, NOW);
    }

    @Test
    void anOfficeOwesTheFocusTwelveDispatchesAndAHalfYearSummary() {
        List<CrackdownItem> items = year(2028);
        assertThat(items).hasSize(14);
        assertThat(items.get(0).getKind()).isEqualTo(CrackdownKind.FOCUS);
        assertThat(items.get(0).getDueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(items.get(1).getDueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(items.get(2).getDueDate()).as("leap February").isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(year(2027).get(2).getDueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(items.get(12).getDueDate()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(items.get(13).getKind()).isEqualTo(CrackdownKind.HALF_YEAR);
        assertThat(items.get(13).getDueDate()).isEqualTo(LocalDate.of(2028, 7, 15));
    }

    @Test
    void theFocusFiledOnJanuary31IsOnTimeAndOnFebruary1Late() {
        CrackdownItem onTime = year(2027).get(0);
        onTime.file("  重点打击无证生产、超层越界开采  ", "孙监管", LocalDate.of(2027, 1, 31), NOW);
        assertThat(onTime.isLate()).isFalse();
        assertThat(onTime.getContent()).isEqualTo("重点打击无证生产、超层越界开采");
        // SHA-256 of the stored (stripped) content
        assertThat(onTime.getContentHash()).hasSize(64).matches("[0-9a-f]{64}");
        CrackdownItem same = year(2027).get(0);
        same.file("重点打击无证生产、超层越界开采", "孙监管", LocalDate.of(2027, 1, 2), NOW);
        assertThat(same.getContentHash()).isEqualTo(onTime.getContentHash());

        CrackdownItem late = year(2027).get(0);
        late.file("重点打击无证生产", "孙监管", LocalDate.of(2027, 2, 1), NOW);
        assertThat(late.isLate()).isTrue();
        assertThatThrownBy(() -> late.file("再报一次", "孙监管", LocalDate.of(2027, 2, 2), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> year(2027).get(0).file("   ", "孙监管", LocalDate.of(2027, 1, 2), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> year(2027).get(0).file("x".repeat(8001), "孙监管", LocalDate.of(2027, 1, 2), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void overdueAfterTheDueDayAndRemindersOnceEach() {
        CrackdownItem focus = year(2027).get(0);
        assertThat(focus.overdueOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(focus.overdueOn(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(focus.reminderDue(LocalDate.of(2027, 1, 27), 3)).isNull();
        assertThat(focus.reminderDue(LocalDate.of(2027, 1, 28), 3)).isEqualTo(Reminder.DUE_SOON);
        focus.reminded(Reminder.DUE_SOON);
        assertThat(focus.reminderDue(LocalDate.of(2027, 1, 31), 3)).as("sent once").isNull();
        assertThat(focus.reminderDue(LocalDate.of(2027, 2, 1), 3)).isEqualTo(Reminder.OVERDUE);
        focus.reminded(Reminder.OVERDUE);
        assertThat(focus.reminderDue(LocalDate.of(2027, 3, 1), 3)).isNull();

        CrackdownItem filed = year(2027).get(0);
        filed.file("措施", "孙监管", LocalDate.of(2027, 1, 10), NOW);
        assertThat(filed.reminderDue(LocalDate.of(2027, 2, 1), 3)).isNull();
        assertThat(filed.overdueOn(LocalDate.of(2027, 2, 1))).isFalse();
    }

    @Test
    void dueDaysFollowTheKind() {
        assertThat(CrackdownItem.due(CrackdownKind.FOCUS, 2026, 0, HALF_YEAR)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(CrackdownItem.due(CrackdownKind.DISPATCH, 2026, 4, HALF_YEAR)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(CrackdownItem.due(CrackdownKind.HALF_YEAR, 2026, 1, MonthDay.of(6, 30)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
