package org.zhiben.campaign.routine;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.zhiben.campaign.UnitKind;

/** An expected filer of a requirement: a region (town, village, community) or an enterprise of the registry. */
@Embeddable
public class Filer {

    private int seq;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String ref;
    private String name;

    protected Filer() {
    }

    Filer(int seq, UnitKind kind, String ref, String name) {
        this.seq = seq;
        this.kind = kind;
        this.ref = ref;
        this.name = name;
    }

    public int getSeq() {
        return seq;
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
