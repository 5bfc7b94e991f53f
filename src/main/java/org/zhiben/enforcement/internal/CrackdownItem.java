package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.CrackdownKind;

/**
 * One 打非治违 filing an office owes: the year's focus and measures (due 01-31), a month's dispatch (due the month's
 * last day) or the half-year summary (due the configured day, default 07-15). Filed once, with the SHA-256 of its
 * content; late when filed after the due day (the due day itself is on time).
 */
@Entity
@Table(name = "enforcement_crackdown_item")
public class CrackdownItem {

    public static final MonthDay FOCUS_DUE = MonthDay.of(1, 31);
    public static final int MAX_CONTENT = 8000;

    /** The reminders an item gets, at most once each. */
    public enum Reminder { DUE_SOON, OVERDUE }

    @Id
    private UUID id;
    @Column(name = "region_code")
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    @Column(name = "office_name")
    private String officeName;
    @Column(name = "item_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private CrackdownKind kind;
    private int period;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String content;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "filed_by_name")
    private String filedByName;
    private boolean late;
    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_stage")
    private Reminder reminderStage;
    @Version
    private Long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CrackdownItem() {
    }

    /** The due day of a filing: focus 01-31, a month's dispatch its last day, the half-year summary {@code halfYear}. */
    public static LocalDate due(CrackdownKind kind, int year, int period, MonthDay halfYear) {
        return switch (kind) {
            case FOCUS -> FOCUS_DUE.atYear(year);
            case DISPATCH -> YearMonth.of(year, period).atEndOfMonth();
            case HALF_YEAR -> halfYear.atYear(year);
        };
    }

    /** The 14 filings of an office's year: the focus, twelve dispatches, the half-year summary. */
    public static List<CrackdownItem> year(String regionCode, SectorSet sectors, String officeName, int year,
            MonthDay halfYear, Instant now) {
        List<CrackdownItem> items = new ArrayList<>();
        items.add(of(regionCode, sectors, officeName, year, CrackdownKind.FOCUS, 0, halfYear, now));
        for (int m = 1; m <= 12; m++) {
            items.add(of(regionCode, sectors, officeName, year, CrackdownKind.DISPATCH, m, halfYear, now));
        }
        items.add(of(regionCode, sectors, officeName, year, CrackdownKind.HALF_YEAR, 1, halfYear, now));
        return items;
    }

    private static CrackdownItem of(String regionCode, SectorSet sectors, String officeName, int year,
            CrackdownKind kind, int period, MonthDay halfYear, Instant now) {
        CrackdownItem i = new CrackdownItem();
        i.id = Ids.newId();
        i.regionCode = regionCode;
        i.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        i.officeName = officeName;
        i.year = year;
        i.kind = kind;
        i.period = period;
        i.dueDate = due(kind, year, period, halfYear);
        i.createdAt = now;
        i.updatedAt = now;
        return i;
    }

    /** Files the content on {@code day}: once; late after the due day. */
    public void file(String text, String by, LocalDate day, Instant now) {
        if (filedOn != null) {
            throw new InvalidInputException("content", "已于" + filedOn + "报送,不能重复报送");
        }
        String c = text == null ? "" : text.strip();
        if (c.isEmpty() || c.length() > MAX_CONTENT) {
            throw new InvalidInputException("content", "请填写报送内容(不超过" + MAX_CONTENT + "字)");
        }
        this.content = c;
        this.contentHash = sha256(c);
        this.filedOn = day;
        this.filedAt = now;
        this.filedByName = by;
        this.late = day.isAfter(dueDate);
        this.updatedAt = now;
    }

    /** Whether the item is overdue on {@code day}: not filed and past its due day. */
    public boolean overdueOn(LocalDate day) {
        return filedOn == null && day.isAfter(dueDate);
    }

    /**
     * The reminder due on {@code day}, if one is and it has not been sent: DUE_SOON from {@code soonDays} days before
     * the due day to the due day, OVERDUE after it; nothing once filed.
     */
    public Reminder reminderDue(LocalDate day, int soonDays) {
        if (filedOn != null) {
            return null;
        }
        Reminder r = day.isAfter(dueDate) ? Reminder.OVERDUE
                : !day.isBefore(dueDate.minusDays(soonDays)) ? Reminder.DUE_SOON : null;
        if (r == null || reminderStage != null && reminderStage.compareTo(r) >= 0) {
            return null;
        }
        return r;
    }

    public void reminded(Reminder r) {
        this.reminderStage = r;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("regionCode", regionCode);
        s.put("year", year);
        s.put("kind", kind.name());
        s.put("period", period);
        s.put("dueDate", String.valueOf(dueDate));
        s.put("filedOn", String.valueOf(filedOn));
        s.put("contentHash", contentHash);
        s.put("late", late);
        return s;
    }

    public UUID getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public SectorSet getSectors() { return sectors; }
    public String getOfficeName() { return officeName; }
    public int getYear() { return year; }
    public CrackdownKind getKind() { return kind; }
    public int getPeriod() { return period; }
    public LocalDate getDueDate() { return dueDate; }
    public String getContent() { return content; }
    public String getContentHash() { return contentHash; }
    public LocalDate getFiledOn() { return filedOn; }
    public Instant getFiledAt() { return filedAt; }
    public String getFiledByName() { return filedByName; }
    public boolean isLate() { return late; }
    public Reminder getReminderStage() { return reminderStage; }
    public long getVersion() { return version == null ? 0 : version; }
}
