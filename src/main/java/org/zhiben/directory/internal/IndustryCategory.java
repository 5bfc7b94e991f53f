package org.zhiben.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** GB/T 4754 门类 (A–T). */
@Entity
@Table(name = "directory_industry_category")
public class IndustryCategory {

    @Id
    private String code;
    private String name;

    protected IndustryCategory() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
}
