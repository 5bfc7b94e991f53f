package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.FileType;
import org.zhiben.common.Ids;
import org.zhiben.common.StoredFile;

/** A photo of a hazard, stored in the FileStore; its type was detected from its bytes (PNG or JPEG only). */
@Entity
@Table(name = "hazard_photo")
public class Photo {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private PhotoKind kind;
    @Column(name = "file_key")
    private String fileKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private FileType fileType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "uploaded_by")
    private UUID uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Photo() {
    }

    Photo(PhotoKind kind, StoredFile file, UUID uploadedBy, Instant at) {
        this.id = Ids.newId();
        this.kind = kind;
        this.fileKey = file.key();
        this.fileType = file.type();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public PhotoKind getKind() {
        return kind;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
