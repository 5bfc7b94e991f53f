package org.zhiben.campaign.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.zhiben.common.Ids;

/** One of a plan's actions (十大行动, 九大行动…), numbered from 1 in the plan's order. */
@Entity
@Table(name = "campaign_action")
public class PlanAction {

    @Id
    private UUID id;
    private int seq;
    private String title;

    protected PlanAction() {
    }

    PlanAction(int seq, String title) {
        this.id = Ids.newId();
        this.seq = seq;
        this.title = title;
    }

    public UUID getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public String getTitle() {
        return title;
    }
}
