package org.zhiben.enforcement.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.SupervisionCategory;

/**
 * Set-based counts of a plan's progress: 双随机 inspections done under the plan's draws, per category (the draw's) and
 * month; and, per key target, the first inspection of that enterprise by the plan's office in the plan's year in a mode
 * other than 双随机.
 */
@Component
public class PlanProgressQueries {

    private final JdbcTemplate jdbc;

    PlanProgressQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inspections done under the plan's draws: category → counts by month (index 1–12). */
    public Map<SupervisionCategory, int[]> randomDone(UUID planId, int year) {
        Map<SupervisionCategory, int[]> done = new EnumMap<>(SupervisionCategory.class);
        jdbc.query("select d.category, extract(month from i.inspected_on), count(*) from enforcement_inspection i"
                + " join enforcement_draw d on d.id = i.draw_id where d.plan_id = ? and i.inspected_year = ?"
                + " group by d.category, extract(month from i.inspected_on)", rs -> {
                    SupervisionCategory c = SupervisionCategory.valueOf(rs.getString(1));
                    done.computeIfAbsent(c, k -> new int[13])[rs.getInt(2)] += rs.getInt(3);
                }, planId, year);
        return done;
    }

    /** Key target position → the day its enterprise was first inspected by the office in the year (not 双随机). */
    public Map<Integer, LocalDate> keyDone(UUID planId, String officeCode, int year) {
        Map<Integer, LocalDate> done = new HashMap<>();
        jdbc.query("select t.position, min(i.inspected_on) from enforcement_plan_target t join enforcement_inspection i"
                + " on i.enterprise_id = t.enterprise_id and i.office_code = ? and i.inspected_year = ?"
                + " and i.mode <> 'DOUBLE_RANDOM' where t.plan_id = ? group by t.position",
                rs -> {
                    done.put(rs.getInt(1), rs.getObject(2, LocalDate.class));
                }, officeCode, year, planId);
        return done;
    }
}
