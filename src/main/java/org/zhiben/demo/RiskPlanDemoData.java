package org.zhiben.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.majorsource.MajorHazardSourceData;
import org.zhiben.risk.majorsource.MajorHazardSources;
import org.zhiben.risk.prejudgment.PrejudgmentData;
import org.zhiben.risk.prejudgment.PrejudgmentKind;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.prejudgment.RiskPrejudgments;
import org.zhiben.risk.majorsource.SafetyHolder;
import org.zhiben.risk.majorsource.SubstanceQuantity;

/**
 * Enterprise B's liquid ammonia tank farm as a GB 18218 major hazard source (液氨 40 t → 氨, Q 10: S = 4; 60 people
 * outside → α 1.5; β 2: R = 12 → 三级) with its three 包保责任人 (fictional), and pre-judgments: A's daily ones for
 * the last six days with the third day back missing, B's weekly one at 较大 (an orange warning) and the county's
 * monthly one by county.yjj. Runs after {@link RiskDemoData}; skipped once B's tank unit has its record.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class RiskPlanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskPlanDemoData.class);
    static final String TANK_UNIT = "液氨储罐及输送管线";

    private final RiskInventory inventory;
    private final MajorHazardSources majorHazards;
    private final RiskPrejudgments prejudgments;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;

    RiskPlanDemoData(RiskInventory inventory, MajorHazardSources majorHazards, RiskPrejudgments prejudgments,
            UserDetailsService userDetails, TransactionTemplate tx) {
        this.inventory = inventory;
        this.majorHazards = majorHazards;
        this.prejudgments = prejudgments;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            UUID b = runAs("ent.b.boss").enterpriseId();
            UUID tankUnit = inventory.units(b, PageRequest.of(0, 100)).stream()
                    .filter(u -> u.name().equals(TANK_UNIT)).map(AnalysisUnitView::id).findFirst().orElse(null);
            if (tankUnit == null || majorHazards.of(tankUnit).recorded()) {
                return;
            }
            tx.executeWithoutResult(status -> {
                runAs("ent.b.boss");
                majorHazards.save(tankUnit, 0L, new MajorHazardSourceData(60,
                        List.of(new SubstanceQuantity("氨", null, new BigDecimal("40"))), true,
                        new SafetyHolder("赵示范", "总经理", "13900000001"),
                        new SafetyHolder("钱示范", "总工程师", "0351-7000001"),
                        new SafetyHolder("孙示范", "储运班长", "13900000003")));
                prejudgments.submit(new PrejudgmentData(PrejudgmentKind.ENTERPRISE_WEEKLY, null, null, null,
                        "液氨储罐区年度检修后复产,新员工3人上岗,气温升高储罐压力偏高", RiskLevel.LARGE,
                        "储罐区巡检加密为每小时一次,喷淋降温系统每日试运行,新员工师带徒上岗"), null);

                runAs("ent.a.safety");
                LocalDate today = LocalDate.now(Zones.CHINA);
                for (int back = 1; back <= 6; back++) {
                    if (back == 3) {
                        continue; // a missing day, flagged on the pre-judgment page
                    }
                    prejudgments.submit(new PrejudgmentData(PrejudgmentKind.WORKSHOP_DAILY,
                            today.minusDays(back).toString(), "冲压车间", null,
                            back == 2 ? "2号冲床光电保护装置故障,已停机待修" : "设备运行正常,人员在岗",
                            back == 2 ? RiskLevel.GENERAL : RiskLevel.LOW,
                            back == 2 ? "故障冲床挂牌停用,维修后经点检确认方可使用" : "按班前点检表点检,落实双手操作"), null);
                }

                runAs("county.yjj");
                prejudgments.submit(new PrejudgmentData(PrejudgmentKind.COUNTY_MONTHLY, null, null, null,
                        "汛期临近,危险化学品企业复产复工集中,粉尘涉爆企业整治进入验收阶段", RiskLevel.GENERAL,
                        "开展危化企业复产复工专项检查,督促粉尘涉爆企业落实清扫制度"), null);
            });
            log.info("Demo major hazard source and risk pre-judgments seeded in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo major hazard source or pre-judgments");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
