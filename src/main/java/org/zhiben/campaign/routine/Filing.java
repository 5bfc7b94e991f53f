package org.zhiben.campaign.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.FileType;
import org.zhiben.common.Ids;
import org.zhiben.common.StoredFile;

/** A file received for a filing requirement from one expected filer: the receipt, with the file's SHA-256. */
@Entity
@Table(name = "campaign_filing")
public class Filing {

    @Id
    private UUID id;
    @Column(name = "requirement_id")
    private UUID requirementId;
    @Column(name = "filer_ref")
    private String filerRef;
    @Column(name = "file_key")
    private String fileKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private FileType fileType;
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
    private boolean late;

    protected Filing() {
    }

    Filing(FilingRequirement requirement, String filerRef, StoredFile file, String name, LocalDate today,
            Instant now, UUID by, String byName) {
        this.id = Ids.newId();
        this.requirementId = requirement.getId();
        this.filerRef = filerRef;
        this.fileKey = file.key();
        this.fileType = file.type();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.name = name;
        this.submittedOn = today;
        this.submittedAt = now;
        this.submittedBy = by;
        this.submittedByName = byName;
        this.late = requirement.lateOn(today);
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequirementId() {
        return requirementId;
    }

    public String getFilerRef() {
        return filerRef;
    }

    public String getFileKey() {
        return fileKey;
    }

    public FileType getFileType() {
        return fileType;
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

    public boolean isLate() {
        return late;
    }
}
