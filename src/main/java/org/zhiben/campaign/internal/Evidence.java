package org.zhiben.campaign.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.zhiben.common.FileType;

/** An evidence file of a progress report (photo, PDF, Word or Excel), kept by the FileStore. */
@Embeddable
public class Evidence {

    private int seq;
    @Column(name = "file_key")
    private String fileKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private FileType fileType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    private String name;

    protected Evidence() {
    }

    public Evidence(int seq, String fileKey, FileType fileType, long size, String sha256, String name) {
        this.seq = seq;
        this.fileKey = fileKey;
        this.fileType = fileType;
        this.size = size;
        this.sha256 = sha256;
        this.name = name;
    }

    public int getSeq() {
        return seq;
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
}
