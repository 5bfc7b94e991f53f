package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;

/** An enforcement officer (执法人员): an official's 执法证, valid from and until inclusive, region and sectors. */
@Entity
@Table(name = "enforcement_officer")
public class Officer {

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    private String name;
    @Column(name = "cert_no")
    private String certNo;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "region_code")
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    private String office;
    @Version
    private Long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Officer() {
    }

    public static Officer register(UUID userId, String name, String certNo, LocalDate validFrom, LocalDate validUntil,
            String regionCode, SectorSet sectors, String office, Instant now) {
        Officer o = new Officer();
        o.id = Ids.newId();
        o.userId = userId;
        o.name = name;
        o.regionCode = regionCode;
        o.createdAt = now;
        o.set(certNo, validFrom, validUntil, sectors, office, now);
        return o;
    }

    public void update(String certNo, LocalDate validFrom, LocalDate validUntil, SectorSet sectors, String office,
            Instant now) {
        set(certNo, validFrom, validUntil, sectors, office, now);
    }

    private void set(String certNo, LocalDate validFrom, LocalDate validUntil, SectorSet sectors, String office,
            Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        String cert = certNo == null ? "" : certNo.strip();
        if (!cert.matches("[0-9A-Za-z-]{6,40}")) {
            v.add(new FieldViolation("certNo", "执法证号应为6至40位字母、数字或连字符"));
        }
        if (validFrom == null) {
            v.add(new FieldViolation("validFrom", "请填写执法证有效期起始日"));
        }
        if (validUntil == null) {
            v.add(new FieldViolation("validUntil", "请填写执法证有效期截止日"));
        } else if (validFrom != null && validUntil.isBefore(validFrom)) {
            v.add(new FieldViolation("validUntil", "有效期截止日不能早于起始日"));
        }
        String o = office == null ? "" : office.strip();
        if (o.isEmpty() || o.length() > 100) {
            v.add(new FieldViolation("office", "请填写执法机构(不超过100字)"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.certNo = cert;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        this.office = o;
        this.updatedAt = now;
    }

    /** Whether the 执法证 is valid on {@code day} (both ends inclusive). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("userId", userId);
        s.put("name", name);
        s.put("certNo", certNo);
        s.put("validFrom", String.valueOf(validFrom));
        s.put("validUntil", String.valueOf(validUntil));
        s.put("regionCode", regionCode);
        s.put("sectors", sectors.encode());
        s.put("office", office);
        return s;
    }

    public UUID getId() { return id; }
    public UUID getUserId() { return userId; }
    public String getName() { return name; }
    public String getCertNo() { return certNo; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getRegionCode() { return regionCode; }
    public SectorSet getSectors() { return sectors; }
    public String getOffice() { return office; }
    public long getVersion() { return version == null ? 0 : version; }
}
