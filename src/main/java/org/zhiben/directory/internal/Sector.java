package org.zhiben.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 25 supervision sectors with its lead department (管行业必须管安全). */
@Entity
@Table(name = "directory_sector")
public class Sector {

    @Id
    private String code;
    private String name;
    private String leadDepartment;
    private int sortOrder;

    protected Sector() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getLeadDepartment() { return leadDepartment; }
    public int getSortOrder() { return sortOrder; }
}
