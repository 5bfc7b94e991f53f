package org.zhiben.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhiben.common.RegionCode;

@Entity
@Table(name = "directory_region")
public class Region {

    @Id
    private String code;
    private String name;
    private String parentCode;
    private short level;

    protected Region() {
    }

    public Region(RegionCode code, String name, String parentCode) {
        this.code = code.value();
        this.name = name;
        this.parentCode = parentCode;
        this.level = (short) code.level().depth();
    }

    public void rename(String name, String parentCode) {
        this.name = name;
        this.parentCode = parentCode;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getParentCode() { return parentCode; }
    public short getLevel() { return level; }
}
