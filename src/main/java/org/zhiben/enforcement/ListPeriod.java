package org.zhiben.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.data.jpa.domain.Specification;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.identity.DataScope;

/**
 * The narrowing the 执法统计 figures are counted under, for the inspection and case lists behind them: a year (the
 * inspection's {@code inspectedYear}, the case's {@code filedYear}), a month of it (by the day inspected or filed) and
 * a region inside the caller's jurisdiction (else 404).
 */
public record ListPeriod(Integer year, Integer month, String region) {

    public static final ListPeriod NONE = new ListPeriod(null, null, null);

    public ListPeriod {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInputException("year", "年份应为2000至2100");
        }
        if (month != null && (year == null || month < 1 || month > 12)) {
            throw new InvalidInputException("month", "月份应为1至12,并同时给出年份");
        }
        region = region == null || region.isBlank() ? null : region.strip();
        if (region != null && RegionCode.problem(region) != null) {
            throw new InvalidInputException("region", RegionCode.problem(region));
        }
    }

    public boolean isEmpty() {
        return year == null && region == null;
    }

    /** The condition over an entity with the year attribute, the day attribute and {@code regionCode}. */
    public <T> Specification<T> specification(DataScope scope, String yearAttribute, String dayAttribute) {
        Specification<T> spec = (r, q, cb) -> cb.conjunction();
        if (year != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get(yearAttribute), year));
        }
        if (month != null) {
            YearMonth m = YearMonth.of(year, month);
            LocalDate first = m.atDay(1);
            LocalDate last = m.atEndOfMonth();
            spec = spec.and((r, q, cb) -> cb.between(r.get(dayAttribute), first, last));
        }
        if (region != null) {
            if (!scope.coversRegion(region)) {
                throw new NotFoundException("区划");
            }
            RegionCode code = RegionCode.of(region);
            spec = spec.and((r, q, cb) -> cb.between(r.get("regionCode"), code.rangeLow(), code.rangeHigh()));
        }
        return spec;
    }
}
