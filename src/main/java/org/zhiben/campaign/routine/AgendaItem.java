package org.zhiben.campaign.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;

/** An item of a meeting's agenda: a task (lagging or escalated) or a topic the office added, and its minutes. */
@Embeddable
public class AgendaItem {

    private int seq;
    @Column(name = "task_id")
    private UUID taskId;
    @Enumerated(EnumType.STRING)
    private AgendaSource source;
    private String topic;
    private String decision;
    @Column(name = "follow_up_note")
    private String followUpNote;
    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    protected AgendaItem() {
    }

    AgendaItem(int seq, UUID taskId, AgendaSource source, String topic) {
        this.seq = seq;
        this.taskId = taskId;
        this.source = source;
        this.topic = topic;
    }

    void renumber(int seq) {
        this.seq = seq;
    }

    void retitle(String topic) {
        this.topic = topic;
    }

    void minute(String decision, String followUpNote, LocalDate followUpDue) {
        this.decision = decision;
        this.followUpNote = followUpNote;
        this.followUpDue = followUpDue;
    }

    public int getSeq() {
        return seq;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public AgendaSource getSource() {
        return source;
    }

    public String getTopic() {
        return topic;
    }

    public String getDecision() {
        return decision;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }
}
