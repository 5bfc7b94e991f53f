package org.zhiben.campaign.routine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.zhiben.campaign.UnitKind;

/** The commands of the office's routine (API bodies and what the pages turn their forms into). */
public final class RoutineData {

    private RoutineData() {
    }

    /** A month's meeting: the month (yyyy-MM), the day it is held (in that month), kind, title and place. */
    public record NewMeeting(@Size(max = 7) String period, LocalDate heldOn, MeetingKind kind,
            @Size(max = 200) String title, @Size(max = 200) String place) {
    }

    /** An agenda change from the version the office saw: add a topic, reword item {@code seq}, or remove it. */
    public record AgendaChange(Long version, @Size(max = 16) String action, Integer seq,
            @Size(max = 500) String topic) {
    }

    /** The minutes: chair, attendees, and per agenda item its decision and follow-up on the item's task. */
    public record Minutes(Long version, @Size(max = 100) String chair, @Size(max = 1000) String attendees,
            List<@Valid ItemMinute> items) {
    }

    public record ItemMinute(Integer seq, @Size(max = 2000) String decision, @Size(max = 1000) String followUpNote,
            LocalDate followUpDue) {
    }

    /** A filing requirement: what, with whom, by when, and the expected filers (regions or enterprises). */
    public record NewRequirement(@Size(max = 300) String title, @Size(max = 200) String filedWith, LocalDate dueDate,
            List<@Valid FilerRef> filers) {
    }

    /** An expected filer: kind REGION (a region code) or ENTERPRISE (an enterprise id). */
    public record FilerRef(UnitKind kind, @Size(max = 64) String ref) {
    }
}
