package org.zhiben.inspection.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;
import org.zhiben.common.Ids;
import org.zhiben.common.SectorSet;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardSource;
import org.zhiben.identity.CurrentUser;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.RecordView;
import org.zhiben.inspection.TaskItem;

/**
 * The record of a task, submitted once (its task is then DONE): who checked, when, and the
 * answer to each item in the checklist's order, with the hazard a finding reported. It copies the enterprise's
 * region and sectors so that reads are scoped without a join.
 */
@Entity
@Table(name = "inspection_record")
public class InspectionRecord implements Persistable<UUID> {

    @Id
    private UUID id;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "region_code")
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    @Enumerated(EnumType.STRING)
    private HazardSource source;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "recorded_by_name")
    private String recordedByName;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_on")
    private LocalDate recordedOn;
    private int findings;
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<RecordAnswer> answers = new ArrayList<>();
    @Transient
    private boolean fresh;

    protected InspectionRecord() {
    }

    /** The record {@code by} starts for {@code task} of {@code enterprise} (placed where it is now). */
    public InspectionRecord(InspectionTask task, InspectionAccess.Target enterprise, CurrentUser by, Instant now) {
        this.id = Ids.newId();
        this.taskId = task.getId();
        this.enterpriseId = enterprise.id();
        this.regionCode = enterprise.regionCode();
        this.sectors = enterprise.sectorSet();
        this.source = task.getTaskType().hazardSource();
        this.recordedBy = by.id();
        this.recordedByName = by.displayName();
        this.recordedAt = now;
        this.recordedOn = LocalDate.ofInstant(now, Zones.CHINA);
        this.fresh = true;
    }

    /**
     * Adds the answer to the next item. {@code checklistItem}: the item is a template's (a control measure's task
     * asks about the measure itself, which is no item to link).
     */
    public void answer(TaskItem item, boolean checklistItem, AnswerResult result, String note, String photoKey,
            UUID hazardId) {
        answers.add(new RecordAnswer(answers.size(), checklistItem ? item.id() : null, item.content(), item.major(), result,
                note, photoKey, hazardId));
        if (result == AnswerResult.HAZARD) {
            findings++;
        }
    }

    public RecordView view() {
        return new RecordView(id, taskId, enterpriseId, source, recordedBy, recordedByName, recordedAt, recordedOn,
                findings, answers.stream().map(RecordAnswer::view).toList());
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SectorSet getSectors() {
        return sectors;
    }

    public HazardSource getSource() {
        return source;
    }
}
