package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A general 应知应会 entry (data): for every enterprise, or for those of one sector. */
@Entity
@Table(name = "training_knowledge")
public class KnowledgeEntry {

    @Id
    private String code;
    private String sector;
    private String topic;
    private String title;
    private String body;
    @Column(name = "sort_order")
    private int sortOrder;

    protected KnowledgeEntry() {
    }

    public String getCode() { return code; }
    public String getSector() { return sector; }
    public String getTopic() { return topic; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public int getSortOrder() { return sortOrder; }
}
