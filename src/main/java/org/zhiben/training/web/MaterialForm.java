package org.zhiben.training.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A course material upload: its label and the file (type checked by content). */
public class MaterialForm {

    private Long version;
    private @Size(max = 200) String label;
    private MultipartFile file;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { this.label = v; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile v) { this.file = v; }
}
