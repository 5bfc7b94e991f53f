package org.zhiben.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.StoredFile;
import org.zhiben.directory.DocumentKind;

/** A licence, plan or certificate in the enterprise's file; the bytes live in the FileStore. */
@Entity
@Table(name = "directory_enterprise_document")
public class EnterpriseDocument {

    @Id
    private UUID id;
    private UUID enterpriseId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String title;
    private String fileKey;
    private String filename;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private LocalDate validUntil;
    private String uploadedBy;
    private Instant uploadedAt;

    protected EnterpriseDocument() {
    }

    public EnterpriseDocument(UUID enterpriseId, DocumentKind kind, String title, String filename, StoredFile file,
            LocalDate validUntil, String uploadedBy, Instant now) {
        this.id = Ids.newId();
        this.enterpriseId = enterpriseId;
        this.kind = kind;
        this.title = title;
        this.filename = filename;
        this.fileKey = file.key();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.validUntil = validUntil;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public boolean expiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    public UUID getId() { return id; }
    public UUID getEnterpriseId() { return enterpriseId; }
    public DocumentKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getFileKey() { return fileKey; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
