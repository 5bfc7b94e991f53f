package org.zhiben.accident.rootcause;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;

/**
 * An office's 一月一专题 (a month, {@code yyyy-MM}) or 一年一难题 (a year, {@code yyyy}), picked from the recurring
 * causes: one cause category, how often it recurred when picked, a title and the reason. One per office, kind and
 * period (the unique key; a second pick of the same period is a conflict, the first is changed instead).
 */
@Entity
@Table(name = "accident_root_cause_topic")
class RootCauseTopic {

    @Id
    private UUID id;
    @Column(name = "office_key", updatable = false)
    private String officeKey;
    @Column(name = "office_name")
    private String officeName;
    @Column(name = "region_code", updatable = false)
    private String regionCode;
    @Column(name = "enterprise_id", updatable = false)
    private UUID enterpriseId;

    @jakarta.persistence.Convert(converter = org.zhiben.common.SectorSet.Jpa.class)
    private org.zhiben.common.SectorSet sectors = org.zhiben.common.SectorSet.EMPTY;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TopicKind kind;
    @Column(updatable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    private CauseFactor factor;
    private String category;
    @Column(name = "cause_count")
    private int causeCount;
    private String title;
    private String reason;
    @Column(name = "picked_by")
    private UUID pickedBy;
    @Column(name = "picked_by_name")
    private String pickedByName;
    @Version
    private long version;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public org.zhiben.common.SectorSet getSectors() { return sectors; }

    protected RootCauseTopic() {
    }

    RootCauseTopic(RootCauses.Office office, TopicKind kind, String period, Instant now) {
        this.id = Ids.newId();
        this.officeKey = office.key();
        this.officeName = office.name();
        this.regionCode = office.regionCode();
        this.enterpriseId = office.enterpriseId();
        this.sectors = org.zhiben.common.SectorSet.of(office.sectors());
        this.kind = kind;
        this.period = period;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The period checked for its kind: {@code yyyy-MM} for a month, {@code yyyy} for a year, years 2000–2100. */
    static String period(TopicKind kind, String text) {
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择一月一专题或一年一难题");
        }
        String p = text == null ? "" : text.strip();
        try {
            int year;
            if (kind == TopicKind.MONTHLY) {
                if (!p.matches("\\d{4}-\\d{2}")) {
                    throw new InvalidInputException("period", "一月一专题的期间格式为 yyyy-MM,例如 2026-12");
                }
                year = YearMonth.parse(p).getYear();
            } else {
                if (!p.matches("\\d{4}")) {
                    throw new InvalidInputException("period", "一年一难题的期间格式为 yyyy,例如 2026");
                }
                year = Integer.parseInt(p);
            }
            if (year < 2000 || year > 2100) {
                throw new InvalidInputException("period", "期间须在2000年至2100年之间");
            }
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "月份不正确");
        }
        return p;
    }

    void set(RootCauses.Category category, int count, String title, String reason, UUID by, String byName,
            Instant now) {
        this.factor = category.factor();
        this.category = category.code();
        this.causeCount = count;
        this.title = title;
        this.reason = reason;
        this.pickedBy = by;
        this.pickedByName = byName;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("office", officeKey + " " + officeName);
        s.put("kind", kind.label());
        s.put("period", period);
        s.put("category", factor + "/" + category);
        s.put("causeCount", causeCount);
        s.put("title", title);
        s.put("reason", reason);
        return s;
    }

    /** The first day of the period. */
    LocalDate start() {
        return kind == TopicKind.MONTHLY ? YearMonth.parse(period).atDay(1) : LocalDate.of(Integer.parseInt(period), 1, 1);
    }

    UUID getId() { return id; }
    String getOfficeKey() { return officeKey; }
    String getOfficeName() { return officeName; }
    String getRegionCode() { return regionCode; }
    UUID getEnterpriseId() { return enterpriseId; }
    TopicKind getKind() { return kind; }
    String getPeriod() { return period; }
    CauseFactor getFactor() { return factor; }
    String getCategory() { return category; }
    int getCauseCount() { return causeCount; }
    String getTitle() { return title; }
    String getReason() { return reason; }
    String getPickedByName() { return pickedByName; }
    long getVersion() { return version; }
    Instant getUpdatedAt() { return updatedAt; }
}
