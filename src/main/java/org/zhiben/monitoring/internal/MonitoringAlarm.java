package org.zhiben.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.monitoring.AlarmAction;
import org.zhiben.monitoring.AlarmLevel;
import org.zhiben.monitoring.AlarmState;

/**
 * An alarm of one point: a threshold excursion ({@code kind} THRESHOLD, level the most severe band reached) or a
 * silent point ({@code kind} OFFLINE). 报警 → 确认 → 处置 (measures taken, required) → 关闭, each with who and when;
 * {@code openKey} is the point's id until the alarm is closed, so a point has at most one open alarm of each kind and a
 * value hovering on a line adds to the open alarm instead of raising another.
 */
@Entity
@Table(name = "monitoring_alarm")
public class MonitoringAlarm extends ScopedRecord {

    public static final String THRESHOLD = "THRESHOLD";
    public static final String OFFLINE = "OFFLINE";
    static final int MAX_MEASURES = 2000;

    @Column(name = "point_id", updatable = false)
    private UUID pointId;
    @Column(name = "point_code")
    private String pointCode;
    @Column(name = "point_name")
    private String pointName;
    @Column(name = "major_source")
    private boolean majorSource;
    @Column(updatable = false)
    private String kind;
    @Enumerated(EnumType.STRING)
    private AlarmLevel level;
    @Enumerated(EnumType.STRING)
    private AlarmState state;
    @Column(name = "open_key")
    private UUID openKey;
    @Column(name = "first_value")
    private Double firstValue;
    @Column(name = "peak_value")
    private Double peakValue;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "cleared_at")
    private Instant clearedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "handled_by")
    private String handledBy;
    @Column(name = "handled_at")
    private Instant handledAt;
    private String measures;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "hazard_id")
    private UUID hazardId;

    protected MonitoringAlarm() {
    }

    private MonitoringAlarm(MonitoringPoint p, String kind, AlarmLevel level, Double value, Instant at) {
        super(p.getEnterpriseId(), p.getRegionCode(), p.getSectors(), at);
        this.pointId = p.getId();
        this.pointCode = p.getCode();
        this.pointName = p.getName();
        this.majorSource = p.isMajorSource();
        this.kind = kind;
        this.level = level;
        this.state = AlarmState.RAISED;
        this.openKey = p.getId();
        this.firstValue = value;
        this.peakValue = value;
        this.raisedAt = at;
    }

    /** A value entered {@code level} (not NORMAL) at {@code at}. */
    public static MonitoringAlarm threshold(MonitoringPoint p, AlarmLevel level, double value, Instant at) {
        if (level == AlarmLevel.NORMAL || level == AlarmLevel.OFFLINE) {
            throw new IllegalArgumentException("not an excursion: " + level);
        }
        return new MonitoringAlarm(p, THRESHOLD, level, value, at);
    }

    /** The point has been silent since {@code lastSeen} for longer than its interval. */
    public static MonitoringAlarm offline(MonitoringPoint p, Instant at) {
        return new MonitoringAlarm(p, OFFLINE, AlarmLevel.OFFLINE, null, at);
    }

    /**
     * A later value of the same excursion (the alarm is open): the level rises to a more severe band, the peak
     * follows the value furthest out; answers whether the level rose.
     */
    public boolean observe(AlarmLevel band, double value, Instant now) {
        boolean rose = false;
        if (band != AlarmLevel.NORMAL && band.severity() > level.severity()) {
            level = band;
            rose = true;
        }
        if (peakValue == null || (highSide() ? value > peakValue : value < peakValue)) {
            peakValue = value;
        }
        if (band == AlarmLevel.NORMAL) {
            if (clearedAt == null) {
                clearedAt = now;
            }
        } else {
            clearedAt = null;
        }
        touch(now);
        return rose;
    }

    /** The point reported again (an offline alarm): the silence is over; people still close the alarm. */
    public void backOnline(Instant now) {
        if (clearedAt == null) {
            clearedAt = now;
            touch(now);
        }
    }

    private boolean highSide() {
        return level == AlarmLevel.HIGH || level == AlarmLevel.HIGH_HIGH;
    }

    /** A person's step; {@code measures} are required for 处置. */
    public void act(AlarmAction action, String by, String measuresTaken, Instant now) {
        if (action == null) {
            throw new InvalidInputException("action", "请选择操作");
        }
        switch (action) {
            case ACKNOWLEDGE -> {
                require(AlarmState.RAISED, action);
                state = AlarmState.ACKNOWLEDGED;
                acknowledgedBy = by;
                acknowledgedAt = now;
            }
            case HANDLE -> {
                if (state != AlarmState.RAISED && state != AlarmState.ACKNOWLEDGED) {
                    throw new InvalidInputException("action", "当前状态(" + state.label() + ")不能" + action.label());
                }
                if (measuresTaken == null || measuresTaken.isBlank()) {
                    throw new InvalidInputException("measures", "请填写采取的处置措施");
                }
                if (measuresTaken.strip().length() > MAX_MEASURES) {
                    throw new InvalidInputException("measures", "处置措施不超过2000字");
                }
                if (acknowledgedAt == null) {
                    acknowledgedBy = by;
                    acknowledgedAt = now;
                }
                state = AlarmState.HANDLED;
                handledBy = by;
                handledAt = now;
                measures = measuresTaken.strip();
            }
            case CLOSE -> {
                require(AlarmState.HANDLED, action);
                state = AlarmState.CLOSED;
                closedBy = by;
                closedAt = now;
                openKey = null;
            }
        }
        touch(now);
    }

    private void require(AlarmState expected, AlarmAction action) {
        if (state != expected) {
            throw new InvalidInputException("action", "当前状态(" + state.label() + ")不能" + action.label());
        }
    }

    /** Left unhandled (报警 or 确认, not 处置) for at least {@code after} at {@code now}, and not escalated yet. */
    public boolean dueForEscalation(Duration after, Instant now) {
        return escalatedAt == null && (state == AlarmState.RAISED || state == AlarmState.ACKNOWLEDGED)
                && !raisedAt.plus(after).isAfter(now);
    }

    public void escalated(UUID hazard, Instant now) {
        this.escalatedAt = now;
        this.hazardId = hazard;
        touch(now);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("point", pointCode);
        m.put("kind", kind);
        m.put("level", level.name());
        m.put("state", state.name());
        m.put("peakValue", peakValue);
        m.put("acknowledgedBy", acknowledgedBy);
        m.put("handledBy", handledBy);
        m.put("measures", measures);
        m.put("closedBy", closedBy);
        m.put("hazardId", hazardId);
        return m;
    }

    public String brief() {
        return pointName + "(" + pointCode + ")" + level.label();
    }

    public UUID getPointId() {
        return pointId;
    }

    public String getPointCode() {
        return pointCode;
    }

    public String getPointName() {
        return pointName;
    }

    public boolean isMajorSource() {
        return majorSource;
    }

    public String getKind() {
        return kind;
    }

    public AlarmLevel getLevel() {
        return level;
    }

    public AlarmState getState() {
        return state;
    }

    public Double getFirstValue() {
        return firstValue;
    }

    public Double getPeakValue() {
        return peakValue;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getMeasures() {
        return measures;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public UUID getHazardId() {
        return hazardId;
    }
}
