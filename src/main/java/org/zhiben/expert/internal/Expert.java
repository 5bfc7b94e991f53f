package org.zhiben.expert.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhiben.common.Ids;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.ExpertKind;
import org.zhiben.expert.Speciality;
import org.zhiben.expert.TieKind;

/**
 * A member of the expert pool. Whether it may be sent to an enterprise is its rule ({@link #exclusion}): an active
 * term covering the assignment, an account to log in with, the enterprise within its region and one of its sectors,
 * and no conflict of interest (a current employer; a past employer or a service within the configured windows).
 */
@Entity
@Table(name = "expert_expert")
public class Expert {

    /** How far back a past employment and a service count as a conflict. */
    public record Windows(Period pastEmployer, Period served) {
    }

    /** The enterprise an assignment is for. */
    public record Target(UUID id, String name, String regionCode, Set<String> sectors) {
    }

    /** The region code of an expert serving the whole platform (accounts moved from before the pool had none). */
    public static final String WHOLE_PLATFORM = "000000000000";

    @Id
    private UUID id;
    private UUID userId;
    private String name;
    @Enumerated(EnumType.STRING)
    private ExpertKind kind;
    private String organisation;
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    private String specialities;
    private String qualifications;
    private LocalDate validFrom;
    private LocalDate validTo;
    private BigDecimal feePerDay;
    private String feeNote;
    private boolean active;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_tie", joinColumns = @JoinColumn(name = "expert_id"))
    @OrderColumn(name = "position")
    private List<Tie> ties = new ArrayList<>();

    protected Expert() {
    }

    @Embeddable
    public static class Tie {
        @Enumerated(EnumType.STRING)
        @Column(name = "kind")
        private TieKind kind;
        @Column(name = "enterprise_id")
        private UUID enterpriseId;
        @Column(name = "enterprise_name")
        private String enterpriseName;
        @Column(name = "ended_on")
        private LocalDate endedOn;

        protected Tie() {
        }

        public Tie(TieKind kind, UUID enterpriseId, String enterpriseName, LocalDate endedOn) {
            this.kind = kind;
            this.enterpriseId = enterpriseId;
            this.enterpriseName = enterpriseName;
            this.endedOn = kind == TieKind.CURRENT_EMPLOYER ? null : endedOn;
        }

        public TieKind getKind() {
            return kind;
        }

        public UUID getEnterpriseId() {
            return enterpriseId;
        }

        public String getEnterpriseName() {
            return enterpriseName;
        }

        public LocalDate getEndedOn() {
            return endedOn;
        }
    }

    /** The checked facts of an expert (see {@code Experts} for the checks against the registry and accounts). */
    public record Facts(UUID userId, String name, ExpertKind kind, String organisation, String regionCode,
            SectorSet sectors, Set<Speciality> specialities, List<String> qualifications, LocalDate validFrom,
            LocalDate validTo, BigDecimal feePerDay, String feeNote, List<Tie> ties) {

        public Facts withTies(List<Tie> ties) {
            return new Facts(userId, name, kind, organisation, regionCode, sectors, specialities, qualifications,
                    validFrom, validTo, feePerDay, feeNote, ties);
        }
    }

    public static Expert create(Facts f, Instant now) {
        Expert e = new Expert();
        e.id = Ids.newId();
        e.createdAt = now;
        e.active = true;
        e.apply(f, now);
        return e;
    }

    public void apply(Facts f, Instant now) {
        userId = f.userId();
        name = f.name();
        kind = f.kind();
        organisation = f.organisation();
        regionCode = f.regionCode();
        sectors = f.sectors();
        specialities = encode(f.specialities());
        qualifications = String.join("\n", f.qualifications());
        validFrom = f.validFrom();
        validTo = f.validTo();
        feePerDay = f.feePerDay();
        feeNote = f.feeNote();
        ties.clear();
        ties.addAll(f.ties());
        updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    /**
     * Why this expert may not be sent to {@code target} for {@code kind} over {@code from..until}, or empty when it
     * may. {@code identifiedRecently}: the expert did the enterprise's 首次风险辨识 within the service window (a
     * conflict for the kinds that review the enterprise's work).
     */
    public Optional<String> exclusion(Target target, AssignmentKind kind, LocalDate from, LocalDate until,
            Windows windows, boolean identifiedRecently) {
        if (!active) {
            return Optional.of("已停用");
        }
        if (userId == null) {
            return Optional.of("未关联登录账号");
        }
        if (from.isBefore(validFrom) || until.isAfter(validTo)) {
            return Optional.of("聘期(" + validFrom + " 至 " + validTo + ")未覆盖任务期限");
        }
        if (!WHOLE_PLATFORM.equals(regionCode) && !RegionCode.of(regionCode).contains(target.regionCode())) {
            return Optional.of("不在专家服务区域内");
        }
        if (target.sectors().stream().noneMatch(sectors::contains)) {
            return Optional.of("专业领域不符");
        }
        for (Tie t : ties) {
            if (!t.enterpriseId.equals(target.id())) {
                continue;
            }
            switch (t.kind) {
                case CURRENT_EMPLOYER -> {
                    return Optional.of("利益冲突:现任职于该企业");
                }
                case PAST_EMPLOYER -> {
                    if (t.endedOn == null || !t.endedOn.plus(windows.pastEmployer()).isBefore(from)) {
                        return Optional.of("利益冲突:" + windows.pastEmployer().getYears() + "年内曾任职于该企业");
                    }
                }
                case SERVED -> {
                    if (t.endedOn == null || !t.endedOn.plus(windows.served()).isBefore(from)) {
                        return Optional.of("利益冲突:近期曾为该企业提供服务");
                    }
                }
            }
        }
        if (kind.reviews() && identifiedRecently) {
            return Optional.of("利益冲突:近期为该企业做过首次风险辨识");
        }
        return Optional.empty();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("userId", userId);
        m.put("regionCode", regionCode);
        m.put("sectors", sectors.encode());
        m.put("specialities", specialities);
        m.put("qualifications", qualifications);
        m.put("validFrom", String.valueOf(validFrom));
        m.put("validTo", String.valueOf(validTo));
        m.put("feePerDay", feePerDay);
        m.put("feeNote", feeNote);
        m.put("active", active);
        m.put("ties", ties.stream().map(t -> t.kind + ":" + t.enterpriseId + ":" + t.endedOn).toList());
        return m;
    }

    static String encode(Set<Speciality> s) {
        return s.isEmpty() ? "," : "," + s.stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + ",";
    }

    public Set<Speciality> specialitySet() {
        Set<Speciality> s = EnumSet.noneOf(Speciality.class);
        Arrays.stream(specialities.split(",")).filter(x -> !x.isBlank()).map(Speciality::valueOf).forEach(s::add);
        return s;
    }

    public List<String> qualificationList() {
        return qualifications.isBlank() ? List.of() : List.of(qualifications.split("\n"));
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public ExpertKind getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SectorSet getSectors() {
        return sectors;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getFeePerDay() {
        return feePerDay;
    }

    public String getFeeNote() {
        return feeNote;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public List<Tie> getTies() {
        return ties;
    }
}
