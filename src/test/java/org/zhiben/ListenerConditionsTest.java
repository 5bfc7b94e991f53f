package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.inspection.InspectionRecorded;

/**
 * The after-commit listeners of the two most frequent events (a hazard changes, an inspection is recorded) declare
 * what concerns them as a condition, so the event publication registry holds a row only for those events, not one
 * per listener for every change: at a province's daily peak that is millions of rows and commits saved.
 */
@ZhibenTest
class ListenerConditionsTest {

    static final String GRADING = "GradingConsequences";
    static final String EXPERT = "ExpertHazardCounter";
    static final String VISIT = "VisitRecorder";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrdinaryHazardChangeRegistersNoPublication() {
        assertThat(hazardChange(null, facts(HazardLevel.GENERAL, HazardSource.DAILY))).isEmpty();
        assertThat(hazardChange(facts(HazardLevel.GENERAL, HazardSource.DAILY),
                facts(HazardLevel.GENERAL, HazardSource.DAILY))).isEmpty();
        // still major after a later change: the grade was flagged when it became major
        assertThat(hazardChange(facts(HazardLevel.MAJOR, HazardSource.DAILY),
                facts(HazardLevel.MAJOR, HazardSource.DAILY))).isEmpty();
        // an expert's hazard counts once, when it is reported, not at each later change
        assertThat(hazardChange(facts(HazardLevel.GENERAL, HazardSource.EXPERT_REVIEW),
                facts(HazardLevel.GENERAL, HazardSource.EXPERT_REVIEW))).isEmpty();
    }

    @Test
    void aHazardBecomingMajorGoesToTheGradingAndAnExpertsNewHazardToTheExpertsRecord() {
        assertThat(hazardChange(null, facts(HazardLevel.MAJOR, HazardSource.DAILY))).containsExactly(GRADING);
        assertThat(hazardChange(facts(HazardLevel.GENERAL, HazardSource.DAILY),
                facts(HazardLevel.MAJOR, HazardSource.DAILY))).containsExactly(GRADING);
        assertThat(hazardChange(null, facts(HazardLevel.GENERAL, HazardSource.EXPERT_REVIEW)))
                .containsExactly(EXPERT);
        assertThat(hazardChange(null, facts(HazardLevel.GENERAL, HazardSource.EXTERNAL_EXPERT)))
                .containsExactly(EXPERT);
        assertThat(hazardChange(null, facts(HazardLevel.MAJOR, HazardSource.EXPERT_REVIEW)))
                .containsExactlyInAnyOrder(GRADING, EXPERT);
    }

    @Test
    void onlyTheRecordOfASupervisionTaskGoesToTheLeadersDuties() {
        assertThat(recorded(UUID.randomUUID(), HazardSource.DAILY)).isEmpty();
        assertThat(recorded(null, HazardSource.SUPERVISION)).isEmpty();
        assertThat(recorded(UUID.randomUUID(), HazardSource.SUPERVISION)).containsExactly(VISIT);
    }

    static HazardFacts facts(HazardLevel level, HazardSource source) {
        return new HazardFacts(new UUID(0, 42), "110101001001", ",03,", level, source, HazardState.REPORTED,
                LocalDate.of(2026, 3, 2), null, null, false);
    }

    List<String> hazardChange(HazardFacts before, HazardFacts after) {
        UUID id = UUID.randomUUID();
        return listenersOf(id, new HazardChanged(id, before, after));
    }

    List<String> recorded(UUID taskId, HazardSource source) {
        UUID id = UUID.randomUUID();
        return listenersOf(id, new InspectionRecorded(id, taskId, new UUID(0, 42), "110101001001", Set.of("03"),
                source, LocalDate.of(2026, 3, 2), 0));
    }

    /**
     * Publishes {@code event} and answers the simple class names of the listeners a publication was registered for.
     * The registry writes them in the publishing transaction, which is then rolled back: no listener runs and the
     * statistics shared with the other tests never see these made-up changes.
     */
    List<String> listenersOf(UUID id, Object event) {
        return tx.execute(s -> {
            events.publishEvent(event);
            s.setRollbackOnly();
            return jdbc.queryForList("select listener_id from event_publication where serialized_event like ?",
                    String.class, "%" + id + "%").stream()
                    .map(l -> l.replaceAll("^.*\\.([A-Za-z]+)\\.[a-z]+\\(.*$", "$1")).toList();
        });
    }
}
