package org.zhiben.risk.majorsource;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.inventory.AnalysisUnit;
import org.zhiben.risk.inventory.InventoryRecord;

/**
 * GB 18218 record of one analysis unit: the substance inventory and the outside population, with S, R, α and the
 * level as computed when they last changed (stored, so lists and statistics need no recalculation), whether the
 * enterprise declared the unit a major hazard source, and its three 包保责任人.
 *
 * <p>Rule (包保责任制): a unit that is a major hazard source (S ≥ 1, its object flagged, or declared) needs all three
 * holders. Saving the inventory without them is allowed — the source is then "包保责任人不全" and listed as such —
 * but declaring (confirming) a major hazard source is refused until all three are named with position and phone.
 */
@Entity
@Table(name = "risk_major_hazard_source")
class MajorHazardSource extends InventoryRecord {

    public static final int MAX_POPULATION = 10_000_000;
    public static final int MAX_LINES = 50;

    @Column(updatable = false)
    private UUID unitId;
    private int outsidePopulation;
    @ElementCollection
    @CollectionTable(name = "risk_major_hazard_substance", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    @OptimisticLock(excluded = true) // every revision touches updatedAt, which bumps the version once
    private List<SubstanceLine> substances = new ArrayList<>();
    @Column(name = "sum_s")
    private BigDecimal sum;
    @Column(name = "r_value")
    private BigDecimal r;
    private BigDecimal alpha;
    private boolean major;
    @Enumerated(EnumType.STRING)
    @Column(name = "hazard_level")
    private MajorHazardLevel level;
    private boolean declared;
    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "name", column = @Column(name = "principal_name")),
            @AttributeOverride(name = "position", column = @Column(name = "principal_position")),
            @AttributeOverride(name = "phone", column = @Column(name = "principal_phone"))})
    private Holder principal;
    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "name", column = @Column(name = "technical_name")),
            @AttributeOverride(name = "position", column = @Column(name = "technical_position")),
            @AttributeOverride(name = "phone", column = @Column(name = "technical_phone"))})
    private Holder technical;
    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "name", column = @Column(name = "operation_name")),
            @AttributeOverride(name = "position", column = @Column(name = "operation_position")),
            @AttributeOverride(name = "phone", column = @Column(name = "operation_phone"))})
    private Holder operation;

    protected MajorHazardSource() {
    }

    private MajorHazardSource(AnalysisUnit unit, Instant now) {
        super(unit.getEnterpriseId(), unit.getRegionCode(), now);
        this.unitId = unit.getId();
    }

    /** A new record for the unit, computed from {@code data}; see {@link #revise}. */
    public static MajorHazardSource create(AnalysisUnit unit, MajorHazardSourceData data,
            MajorHazardCalculator calculator, Instant now) {
        MajorHazardSource source = new MajorHazardSource(unit, now);
        source.revise(data, calculator, now);
        return source;
    }

    /**
     * Replaces inventory, population, declaration and holders, and recomputes S, R, α and the level. All problems are
     * reported together; on any problem nothing changes.
     */
    public void revise(MajorHazardSourceData data, MajorHazardCalculator calculator, Instant now) {
        List<FieldViolation> problems = new ArrayList<>();
        Integer population = data.outsidePopulation();
        if (population == null || population < 0 || population > MAX_POPULATION) {
            problems.add(new FieldViolation("outsidePopulation", "厂界外500米范围内常住人口应为0至" + MAX_POPULATION + "的整数"));
        }
        if (data.substances().size() > MAX_LINES) {
            problems.add(new FieldViolation("substances", "危险化学品最多填写" + MAX_LINES + "行"));
        }
        for (SafetyHolder.Role role : SafetyHolder.Role.values()) {
            problems.addAll(data.holder(role).problems(role));
        }
        if (data.declared()) {
            for (SafetyHolder.Role role : SafetyHolder.Role.values()) {
                if (data.holder(role).isBlank()) {
                    problems.add(new FieldViolation("holders." + role.field() + ".name",
                            "确认为重大危险源须明确包保责任人:请填写" + role.label()));
                }
            }
        }
        MajorHazardAssessment result = null;
        try {
            result = calculator.assess(population == null || population < 0 ? 0 : population, data.substances());
        } catch (InvalidInputException e) {
            // the population was reported above; keep the substance messages
            e.violations().stream().filter(v -> !v.field().equals("outsidePopulation")).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        outsidePopulation = population;
        substances.clear();
        data.substances().stream().map(SubstanceLine::new).forEach(substances::add);
        sum = result.sum();
        r = result.r();
        alpha = result.alpha();
        major = result.major();
        level = result.level();
        declared = data.declared();
        principal = new Holder(data.principal());
        technical = new Holder(data.technical());
        operation = new Holder(data.operation());
        touch(now);
    }

    /** S ≥ 1, the object flagged as a major hazard source, or declared by the enterprise. */
    public boolean isMajorSource(boolean objectFlagged) {
        return major || objectFlagged || declared;
    }

    public boolean holdersComplete() {
        return holder(principal).isComplete() && holder(technical).isComplete() && holder(operation).isComplete();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("outsidePopulation", outsidePopulation);
        m.put("substances", substances());
        m.put("sum", sum);
        m.put("r", r);
        m.put("alpha", alpha);
        m.put("major", major);
        m.put("level", level);
        m.put("declared", declared);
        m.put("principal", holder(principal));
        m.put("technical", holder(technical));
        m.put("operation", holder(operation));
        return m;
    }

    private static SafetyHolder holder(Holder h) {
        return h == null ? SafetyHolder.NONE : h.toView();
    }

    public UUID getUnitId() {
        return unitId;
    }

    public int getOutsidePopulation() {
        return outsidePopulation;
    }

    public List<SubstanceQuantity> substances() {
        return substances.stream().map(SubstanceLine::toQuantity).toList();
    }

    public BigDecimal getSum() {
        return sum;
    }

    public BigDecimal getR() {
        return r;
    }

    public BigDecimal getAlpha() {
        return alpha;
    }

    public boolean isMajor() {
        return major;
    }

    public MajorHazardLevel getLevel() {
        return level;
    }

    public boolean isDeclared() {
        return declared;
    }

    public SafetyHolder getPrincipal() {
        return holder(principal);
    }

    public SafetyHolder getTechnical() {
        return holder(technical);
    }

    public SafetyHolder getOperation() {
        return holder(operation);
    }
}
