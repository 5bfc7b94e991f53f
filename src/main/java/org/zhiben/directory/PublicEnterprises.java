package org.zhiben.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as the public sees it (the tip page, without login): registered enterprises searched by name, each
 * answered with its name and region name only — no USCC, address, contacts, sectors or grades. {@link #placement}
 * gives the server (never the client) where a named enterprise is, so a record about it can be scoped.
 */
@Service
public class PublicEnterprises {

    /** What the public search shows of an enterprise. */
    public record Listed(UUID id, String name, String regionName) {
    }

    /** Where an enterprise is, for placing a record about it; not for display. */
    public record Placed(UUID id, String name, String regionCode, Set<String> sectors) {
    }

    private final JdbcTemplate jdbc;

    PublicEnterprises(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Enterprises (not closed) whose name contains {@code q} (2 to 50 characters), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Listed> search(String q, int limit) {
        if (q == null || q.strip().length() < 2 || q.strip().length() > 50) {
            return List.of();
        }
        String pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("select e.id, e.name, r.name from directory_enterprise e"
                + " left join directory_region r on r.code = e.region_code"
                + " where e.status <> 'CLOSED' and e.name like ? escape '\\' order by e.name limit ?",
                (rs, i) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                pattern, Math.max(1, Math.min(limit, 20)));
    }

    @Transactional(readOnly = true)
    public Optional<Placed> placement(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        List<String> sectors = jdbc.queryForList(
                "select sector_code from directory_enterprise_sector where enterprise_id = ?", String.class, id);
        return jdbc.query("select id, name, region_code from directory_enterprise where id = ? and status <> 'CLOSED'",
                (rs, i) -> new Placed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Set.copyOf(sectors)), id).stream().findFirst();
    }
}
