package org.zhiben.accident.internal;

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

/** A photo or document of an accident (scene photos, reports, replies), kept in the file store by content. */
@Entity
@Table(name = "accident_file")
public class AccidentFile {

    @Id
    private UUID id;
    private int seq;
    @Column(name = "file_key")
    private String fileKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private FileType fileType;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "uploaded_by_name")
    private String uploadedByName;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AccidentFile() {
    }

    AccidentFile(int seq, StoredFile stored, String fileName, String uploadedByName, Instant uploadedAt) {
        this.id = Ids.newId();
        this.seq = seq;
        this.fileKey = stored.key();
        this.fileType = stored.type();
        this.fileName = fileName;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    public boolean photo() {
        return fileType == FileType.JPEG || fileType == FileType.PNG;
    }

    public UUID getId() { return id; }
    public int getSeq() { return seq; }
    public String getFileKey() { return fileKey; }
    public FileType getFileType() { return fileType; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getUploadedByName() { return uploadedByName; }
    public Instant getUploadedAt() { return uploadedAt; }
}
