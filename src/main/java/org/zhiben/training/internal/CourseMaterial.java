package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.zhiben.common.FileType;

/** A document or video of a course, kept by the FileStore (type checked by content). */
@Embeddable
public class CourseMaterial {

    private int seq;
    private String name;
    @Column(name = "file_key")
    private String fileKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private FileType fileType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;

    protected CourseMaterial() {
    }

    public CourseMaterial(int seq, String name, String fileKey, FileType fileType, long size, String sha256) {
        this.seq = seq;
        this.name = name;
        this.fileKey = fileKey;
        this.fileType = fileType;
        this.size = size;
        this.sha256 = sha256;
    }

    public boolean isVideo() {
        return fileType == FileType.MP4;
    }

    public int getSeq() { return seq; }
    public String getName() { return name; }
    public String getFileKey() { return fileKey; }
    public FileType getFileType() { return fileType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
}
