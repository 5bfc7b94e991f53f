package org.zhiben.campaign.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;

/** A 责任单位 or 配合单位 of a task; {@code ref} is a department id, region code or enterprise id (null for an office). */
@Embeddable
public class TaskUnit {

    private int seq;
    @Enumerated(EnumType.STRING)
    private UnitRole role;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String ref;
    private String name;

    protected TaskUnit() {
    }

    public TaskUnit(int seq, UnitRole role, UnitKind kind, String ref, String name) {
        this.seq = seq;
        this.role = role;
        this.kind = kind;
        this.ref = ref;
        this.name = name;
    }

    public int getSeq() {
        return seq;
    }

    public UnitRole getRole() {
        return role;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getRef() {
        return ref;
    }

    public String getName() {
        return name;
    }
}
