package org.zhiben.campaign.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.StoredFile;

/**
 * The final docx of a plan's yearly summary or evaluation report as the office submitted it: signed by its SHA-256
 * content hash and marked on time (submitted on or before the due date, Shanghai) or late. A corrected file replaces
 * it from the version the office saw; on time is decided again by the new submission's day.
 */
@Entity
@Table(name = "campaign_paper")
public class Paper {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private PaperKind kind;
    @Column(name = "paper_year")
    private int year;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    private String name;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private UUID submittedBy;
    @Column(name = "submitted_by_name")
    private String submittedByName;
    @Column(name = "on_time")
    private boolean onTime;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Paper() {
    }

    Paper(UUID planId, PaperKind kind, int year, LocalDate dueDate, Instant now) {
        this.id = Ids.newId();
        this.planId = planId;
        this.kind = kind;
        this.year = year;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    void submit(StoredFile file, String name, LocalDate today, Instant now, UUID by, String byName) {
        this.fileKey = file.key();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.name = name;
        this.submittedOn = today;
        this.submittedAt = now;
        this.submittedBy = by;
        this.submittedByName = byName;
        this.onTime = !today.isAfter(dueDate);
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public PaperKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getFileKey() {
        return fileKey;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getName() {
        return name;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public boolean isOnTime() {
        return onTime;
    }

    public long getVersion() {
        return version;
    }
}
