package org.zhiben.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The training rules as data (DOMAIN §10, 生产经营单位安全培训规定; configurable under {@code zhiben.training}).
 * "High-risk" is 煤矿、非煤矿山、危险化学品、烟花爆竹、金属冶炼: in the directory's catalogue these are sector 01
 * (煤炭), 02 (化工、医药、危险化学品、烟花爆竹) and 03 (非煤矿山、冶金工贸、民爆), lines that also hold ordinary
 * 工贸 and 医药 units, so by default an enterprise counts as high-risk when it is in one of {@code highRiskSectors}
 * and registered as high-risk in the directory ({@code requireHighRiskFlag}). 金属冶炼 (第三条(三)) is read the
 * same way from {@code metalSmeltingSectors}. Boundaries: every figure is a minimum ("不少于"), met when equal.
 */
@ConfigurationProperties("zhiben.training")
public record TrainingRules(
        BigDecimal managerInitialHours, BigDecimal managerYearlyHours,
        BigDecimal managerInitialHoursHighRisk, BigDecimal managerYearlyHoursHighRisk,
        BigDecimal workerPreWorkHours, BigDecimal workerPreWorkHoursHighRisk,
        BigDecimal workerYearlyHours, BigDecimal workerYearlyHoursHighRisk,
        Set<String> highRiskSectors, Boolean requireHighRiskFlag, Set<String> metalSmeltingSectors,
        List<Integer> reminderDays, Integer reviewApplicationDays) {

    public TrainingRules {
        managerInitialHours = or(managerInitialHours, 32);
        managerYearlyHours = or(managerYearlyHours, 12);
        managerInitialHoursHighRisk = or(managerInitialHoursHighRisk, 48);
        managerYearlyHoursHighRisk = or(managerYearlyHoursHighRisk, 16);
        workerPreWorkHours = or(workerPreWorkHours, 24);
        workerPreWorkHoursHighRisk = or(workerPreWorkHoursHighRisk, 72);
        workerYearlyHours = or(workerYearlyHours, 0);
        workerYearlyHoursHighRisk = or(workerYearlyHoursHighRisk, 20);
        highRiskSectors = highRiskSectors == null ? Set.of("01", "02", "03") : Set.copyOf(highRiskSectors);
        requireHighRiskFlag = requireHighRiskFlag == null || requireHighRiskFlag;
        metalSmeltingSectors = metalSmeltingSectors == null ? Set.of("03") : Set.copyOf(metalSmeltingSectors);
        reminderDays = reminderDays == null ? List.of(90, 60, 30, 7, 0)
                : reminderDays.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        reviewApplicationDays = reviewApplicationDays == null ? 60 : reviewApplicationDays;
    }

    /** The defaults of DOMAIN §10. */
    public static TrainingRules defaults() {
        return new TrainingRules(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static BigDecimal or(BigDecimal v, int d) {
        return v == null ? BigDecimal.valueOf(d) : v;
    }

    /** Whether an enterprise in {@code sectors}, flagged {@code flaggedHighRisk} in the directory, is high-risk here. */
    public boolean highRisk(Set<String> sectors, boolean flaggedHighRisk) {
        return (!requireHighRiskFlag || flaggedHighRisk) && sectors.stream().anyMatch(highRiskSectors::contains);
    }

    public boolean metalSmelting(Set<String> sectors, boolean flaggedHighRisk) {
        return (!requireHighRiskFlag || flaggedHighRisk) && sectors.stream().anyMatch(metalSmeltingSectors::contains);
    }
}
