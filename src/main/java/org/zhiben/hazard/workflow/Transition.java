package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.hazard.HazardState;

/** One line of a hazard's timeline: what was done, by whom, when, from which state to which. */
@Entity
@Table(name = "hazard_transition")
public class Transition {

    @Id
    private UUID id;
    private int seq;
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private HazardState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private HazardState toState;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "actor_name")
    private String actorName;
    private Instant at;
    private String note;

    protected Transition() {
    }

    Transition(int seq, String action, HazardState from, HazardState to, UUID actorId, String actorName, Instant at,
            String note) {
        this.id = Ids.newId();
        this.seq = seq;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public int getSeq() {
        return seq;
    }

    public String getAction() {
        return action;
    }

    public HazardState getFromState() {
        return fromState;
    }

    public HazardState getToState() {
        return toState;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
