package org.zhiben.inspection.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.Zones;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * Who sees which inspection rows. The directory's scope (own enterprise, jurisdiction with sector limits, everything
 * for administrators), plus for experts the enterprises an official assigned them for a 体检式精查 (until the
 * assignment's last day). Outside it a row does not exist (404).
 */
@Component
public class InspectionAccess {

    /** An enterprise as the inspection module needs it. */
    public record Target(UUID id, String name, String regionCode, Set<String> sectors, boolean highRisk) {
        public String sectorsCsv() {
            return csv(sectors);
        }
    }

    /** A WHERE fragment with its arguments. */
    public record Filter(String sql, List<Object> args) {
    }

    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InspectionAccess(Enterprises enterprises, DataScopes scopes, JdbcTemplate jdbc, Clock clock) {
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
    }

    public DataScope scope() {
        return scopes.current();
    }

    /** The enterprise if the caller may see its inspections (directory scope or expert assignment), else 404. */
    public Target enterprise(UUID enterpriseId) {
        return find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
    }

    public Optional<Target> find(UUID enterpriseId) {
        Optional<Target> found = enterprises.find(enterpriseId)
                .map(e -> new Target(e.id(), e.name(), e.regionCode(), Set.copyOf(e.sectors()), e.highRisk()));
        if (found.isPresent()) {
            return found;
        }
        return DataScopes.currentUser().filter(u -> u.is(Role.EXPERT)).flatMap(u -> jdbc.query(
                "select enterprise_name, region_code, sectors from inspection_expert_assignment"
                        + " where expert_user_id = ? and enterprise_id = ? and valid_until >= ?",
                (rs, i) -> new Target(enterpriseId, rs.getString(1), rs.getString(2), parse(rs.getString(3)), false),
                u.id(), enterpriseId, Date.valueOf(today())).stream().findFirst());
    }

    /** Whether a row of this enterprise, region and sectors is visible. */
    public boolean permits(UUID enterpriseId, String regionCode, String sectorsCsv) {
        DataScope scope = scopes.current();
        if (scope.permits(enterpriseId, regionCode, parse(sectorsCsv))) {
            return true;
        }
        Optional<CurrentUser> me = DataScopes.currentUser();
        return me.filter(u -> u.is(Role.EXPERT)).isPresent()
                && !jdbc.queryForList("select 1 from inspection_expert_assignment where expert_user_id = ?"
                        + " and enterprise_id = ? and valid_until >= ?", me.get().id(), enterpriseId,
                        Date.valueOf(today())).isEmpty();
    }

    /** The caller's scope over a table aliased {@code a} with enterprise_id, region_code and sectors columns. */
    public Filter filter(String a) {
        DataScope scope = scopes.current();
        List<Object> args = new ArrayList<>();
        String sql = switch (scope.kind()) {
            case ALL -> "1 = 1";
            case ENTERPRISE -> {
                args.add(scope.enterpriseId());
                yield a + ".enterprise_id = ?";
            }
            case JURISDICTION -> {
                args.add(scope.regionLow());
                args.add(scope.regionHigh());
                StringBuilder s = new StringBuilder(a + ".region_code >= ? and " + a + ".region_code < ?");
                if (scope.sectorLimited()) {
                    s.append(" and (").append(scope.sectors().stream().sorted().map(x -> a + ".sectors like ?")
                            .collect(Collectors.joining(" or "))).append(')');
                    scope.sectors().stream().sorted().forEach(x -> args.add("%," + x + ",%"));
                }
                yield s.toString();
            }
            case NONE -> {
                Optional<CurrentUser> me = DataScopes.currentUser().filter(u -> u.is(Role.EXPERT));
                if (me.isEmpty()) {
                    yield "1 = 0";
                }
                args.add(me.get().id());
                args.add(Date.valueOf(today()));
                yield a + ".enterprise_id in (select x.enterprise_id from inspection_expert_assignment x"
                        + " where x.expert_user_id = ? and x.valid_until >= ?)";
            }
        };
        return new Filter(sql, args);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    public static String csv(Collection<String> sectors) {
        return sectors == null || sectors.isEmpty() ? "" : "," + String.join(",", new TreeSet<>(sectors)) + ",";
    }

    public static Set<String> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }
}
