package org.zhiben.inspection;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * The work-day calendar (工作日历): Monday to Friday are workdays, except the holidays in the table; a weekend day in
 * the table as a workday is a make-up workday (调休). Administrators maintain the exceptions; everyone reads.
 */
@Service
public class WorkCalendar {

    /** One exception to Monday–Friday. */
    public record Exception(LocalDate day, boolean workday, String note) {
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    WorkCalendar(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean isWorkday(LocalDate day) {
        return predicate(day, day).test(day);
    }

    /** Workday test for days in {@code from..to} (both inclusive), loaded in one query. */
    @Transactional(readOnly = true)
    public Predicate<LocalDate> predicate(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.query("select cal_day, workday from inspection_calendar_day where cal_day >= ? and cal_day <= ?",
                rs -> {
                    exceptions.put(rs.getDate(1).toLocalDate(), rs.getBoolean(2));
                }, Date.valueOf(from), Date.valueOf(to));
        return d -> exceptions.getOrDefault(d, d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Transactional(readOnly = true)
    public List<Exception> exceptions(int year) {
        return jdbc.query("select cal_day, workday, note from inspection_calendar_day where cal_day >= ? and cal_day < ? order by cal_day",
                (rs, i) -> new Exception(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3)),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    /** Adds or replaces the exception for a day (administrators). */
    @Transactional
    public void put(LocalDate day, boolean workday, String note) {
        requireAdmin();
        String n = note == null ? "" : note.strip();
        if (day == null) {
            throw new InvalidInputException("day", "请选择日期");
        }
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInputException("note", "说明不能为空且不超过100个字符");
        }
        int updated = jdbc.update("update inspection_calendar_day set workday = ?, note = ? where cal_day = ?",
                workday, n, Date.valueOf(day));
        if (updated == 0) {
            try {
                jdbc.update("insert into inspection_calendar_day (cal_day, workday, note) values (?, ?, ?)",
                        Date.valueOf(day), workday, n);
            } catch (DuplicateKeyException concurrent) {
                jdbc.update("update inspection_calendar_day set workday = ?, note = ? where cal_day = ?",
                        workday, n, Date.valueOf(day));
            }
        }
        audit.record(new AuditRecord("UPDATE", "InspectionCalendarDay", day.toString(),
                "设置工作日历 " + day + (workday ? " 上班 " : " 放假 ") + n, null, Map.of("workday", workday, "note", n)));
    }

    @Transactional
    public void remove(LocalDate day) {
        requireAdmin();
        if (jdbc.update("delete from inspection_calendar_day where cal_day = ?", Date.valueOf(day)) == 0) {
            throw new NotFoundException("日历日期");
        }
        audit.record(new AuditRecord("DELETE", "InspectionCalendarDay", day.toString(), "删除工作日历例外 " + day,
                null, null));
    }

    private static void requireAdmin() {
        if (DataScopes.currentUser().filter(u -> u.is(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("只有管理员可以维护工作日历");
        }
    }
}
