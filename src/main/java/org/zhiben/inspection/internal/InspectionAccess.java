package org.zhiben.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.Duty;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.UnitDuties;
import org.zhiben.directory.UnitType;
import org.zhiben.expert.AssignedEnterprise;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * Who sees which inspection rows: the caller's data scope (translated by the kernel), widened for experts to the
 * enterprises of their running assignments in the expert pool ({@link ExpertAssignments#activeEnterprises}). Outside it a row does not
 * exist (404).
 */
@Component
public class InspectionAccess {

    /**
     * An enterprise as the inspection module needs it; {@code unitType} is null when it is known only from an expert's
     * assignment.
     */
    public record Target(UUID id, String name, String regionCode, Set<String> sectors, boolean highRisk,
            UnitType unitType) {
        public SectorSet sectorSet() {
            return SectorSet.of(sectors);
        }
    }

    private final Enterprises enterprises;
    private final UnitDuties duties;
    private final DataScopes scopes;
    private final ExpertAssignments assignments;
    private final Clock clock;

    InspectionAccess(Enterprises enterprises, UnitDuties duties, DataScopes scopes, ExpertAssignments assignments,
            Clock clock) {
        this.enterprises = enterprises;
        this.duties = duties;
        this.scopes = scopes;
        this.assignments = assignments;
        this.clock = clock;
    }

    public CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
    }

    /** The enterprise if the caller may see its inspections (directory scope or expert assignment), else 404. */
    public Target enterprise(UUID enterpriseId) {
        return find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
    }

    public Optional<Target> find(UUID enterpriseId) {
        Optional<Target> found = enterprises.find(enterpriseId)
                .map(e -> new Target(e.id(), e.name(), e.regionCode(), Set.copyOf(e.sectors()), e.highRisk(),
                        e.unitType()));
        if (found.isPresent()) {
            return found;
        }
        return expert().flatMap(u -> assignments.activeEnterprises(u.id()).stream()
                .filter(a -> a.enterpriseId().equals(enterpriseId))
                .map(a -> new Target(enterpriseId, a.name(), a.regionCode(), a.sectors(), false, null)).findFirst());
    }

    /** Refuses, as a field error on {@code field}, a duty the enterprise's unit type does not owe. */
    public void requireDuty(Target enterprise, Duty duty, String field) {
        if (enterprise.unitType() != null) {
            duties.require(enterprise.unitType(), duty, field);
        }
    }

    /** Whether a row of this enterprise, region and sectors is visible. */
    public boolean permits(UUID enterpriseId, String regionCode, SectorSet sectors) {
        if (scopes.current().permits(enterpriseId, regionCode, sectors.codes())) {
            return true;
        }
        return expert().filter(u -> assignments.activeEnterprises(u.id()).stream()
                .anyMatch(a -> a.enterpriseId().equals(enterpriseId))).isPresent();
    }

    /**
     * The caller's scope over a table aliased {@code a} with enterprise_id, region_code and sectors columns; for an
     * expert, the enterprises assigned to them.
     */
    public SqlFragment sql(String a) {
        SqlFragment scope = scopes.current().sql(a);
        return expert().map(u -> {
            List<UUID> ids = assignments.activeEnterprises(u.id()).stream().map(AssignedEnterprise::enterpriseId)
                    .distinct().toList();
            return ids.isEmpty() ? scope : SqlFragment.anyOf(List.of(scope, new SqlFragment(a + ".enterprise_id in ("
                    + String.join(", ", ids.stream().map(x -> "?").toList()) + ")", List.copyOf(ids))));
        }).orElse(scope);
    }

    /** Whether the caller's jurisdiction covers the region (administrators: every region). */
    public boolean coversRegion(String code) {
        return scopes.current().coversRegion(code);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    private static Optional<CurrentUser> expert() {
        return DataScopes.currentUser().filter(u -> u.is(Role.EXPERT));
    }
}
