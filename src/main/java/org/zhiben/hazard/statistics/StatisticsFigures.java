package org.zhiben.hazard.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;

/**
 * One enterprise's 隐患排查治理统计分析表 for one period (see docs/hazard-statistics.md). Found = found_on in the
 * period; rectified = of those, closed (销号) by the period's end; closed in period = closed_on in the period whatever
 * the found date; outstanding = found by the end and not closed by it; overdue outstanding = outstanding with a
 * deadline before the end. Rejected hazards count nowhere. Rates are percentages with one decimal, half up, or null
 * when nothing was found.
 */
public record StatisticsFigures(UUID enterpriseId, String enterpriseName, StatisticsPeriod period,
        long foundGeneral, long foundMajor, long rectifiedGeneral, long rectifiedMajor,
        long closedInPeriodGeneral, long closedInPeriodMajor, long outstandingGeneral, long outstandingMajor,
        long overdueOutstanding, long majorSupervised, BigDecimal fundsPlanned, BigDecimal costSpent,
        Map<HazardSource, Long> foundBySource, Map<HazardSource, Long> rectifiedBySource,
        Map<HazardType, Long> foundByType) {

    public StatisticsFigures {
        foundBySource = complete(foundBySource, HazardSource.class);
        rectifiedBySource = complete(rectifiedBySource, HazardSource.class);
        foundByType = complete(foundByType, HazardType.class);
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> m, Class<E> type) {
        EnumMap<E, Long> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            all.put(e, m == null ? 0L : m.getOrDefault(e, 0L));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    public long foundTotal() {
        return foundGeneral + foundMajor;
    }

    public long rectifiedTotal() {
        return rectifiedGeneral + rectifiedMajor;
    }

    public long outstandingTotal() {
        return outstandingGeneral + outstandingMajor;
    }

    public long closedInPeriodTotal() {
        return closedInPeriodGeneral + closedInPeriodMajor;
    }

    public BigDecimal rateGeneral() {
        return rate(rectifiedGeneral, foundGeneral);
    }

    public BigDecimal rateMajor() {
        return rate(rectifiedMajor, foundMajor);
    }

    public BigDecimal rateTotal() {
        return rate(rectifiedTotal(), foundTotal());
    }

    public long foundByGovernment() {
        return foundBySource.entrySet().stream().filter(e -> e.getKey().government()).mapToLong(Map.Entry::getValue).sum();
    }

    public long foundByEnterprise() {
        return foundTotal() - foundByGovernment();
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The figures as one canonical line (enum order, fixed money scale): what the signature's hash covers. */
    public String canonical() {
        StringBuilder s = new StringBuilder();
        s.append("enterprise=").append(enterpriseId).append(";period=").append(period.code())
                .append(";foundGeneral=").append(foundGeneral).append(";foundMajor=").append(foundMajor)
                .append(";rectifiedGeneral=").append(rectifiedGeneral).append(";rectifiedMajor=").append(rectifiedMajor)
                .append(";closedInPeriodGeneral=").append(closedInPeriodGeneral)
                .append(";closedInPeriodMajor=").append(closedInPeriodMajor)
                .append(";outstandingGeneral=").append(outstandingGeneral)
                .append(";outstandingMajor=").append(outstandingMajor)
                .append(";overdueOutstanding=").append(overdueOutstanding)
                .append(";majorSupervised=").append(majorSupervised)
                .append(";fundsPlanned=").append(money(fundsPlanned)).append(";costSpent=").append(money(costSpent));
        foundBySource.forEach((k, v) -> s.append(";found.").append(k.name()).append('=').append(v));
        rectifiedBySource.forEach((k, v) -> s.append(";rectified.").append(k.name()).append('=').append(v));
        foundByType.forEach((k, v) -> s.append(";type.").append(k.name()).append('=').append(v));
        return s.toString();
    }

    /** SHA-256 of {@link #canonical()}, lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
