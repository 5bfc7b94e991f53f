package org.zhiben.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.data.domain.Pageable;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.AssignmentRequest;
import org.zhiben.expert.AssignmentView;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.expert.ExpertData;
import org.zhiben.expert.ExpertKind;
import org.zhiben.expert.ExpertReport;
import org.zhiben.expert.Experts;
import org.zhiben.expert.Speciality;
import org.zhiben.expert.TieKind;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;

/**
 * The demo expert pool of 示范市 (fictional names): expert1 (冯专家, chemicals and machinery, once employed by
 * enterprise A, so never drawn for A), three more experts with accounts (expert2..expert4, one an 执法技术检查员
 * employed by B), and a service agency without an account; assignments of 首次风险辨识 (expert1, reported), 会诊,
 * 执法技术支持 (drawn) and 重大隐患销号评估 (drawn, reported). The 体检式精查 comes from the inspection demo, the
 * 标准化评审 from the standardization demo.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class ExpertDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExpertDemoData.class);

    private final Experts experts;
    private final ExpertAssignments assignments;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final UserDetailsService userDetails;
    private final Clock clock;
    private final DemoPassword password;

    ExpertDemoData(Experts experts, ExpertAssignments assignments, Enterprises enterprises, UserAccounts accounts,
            UserDetailsService userDetails, Clock clock, DemoPassword password) {
        this.experts = experts;
        this.assignments = assignments;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("county.yjj");
            if (!experts.list(Pageable.ofSize(1)).isEmpty()) {
                return;
            }
            seed();
            log.info("Demo expert pool and assignments seeded in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo experts");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        UUID a = runAs("ent.a.safety").enterpriseId();
        UUID b = runAs("ent.b.boss").enterpriseId();
        runAs("admin");
        UUID u2 = accounts.create(new AccountForm("expert2", "卫专家", DemoData.PASSWORD, Role.EXPERT, null, null, null,
                null, null, true, false), password.get());
        UUID u3 = accounts.create(new AccountForm("expert3", "蒋检查员", DemoData.PASSWORD, Role.EXPERT, null, null, null,
                null, null, true, false), password.get());
        UUID u4 = accounts.create(new AccountForm("expert4", "沈专家", DemoData.PASSWORD, Role.EXPERT, null, null, null,
                null, null, true, false), password.get());
        UUID u1 = userId("expert1");

        runAs("county.yjj");
        UUID small = enterprises.searchSummaries(new EnterpriseFilter(null, "03", null, null, null, null),
                PageRequest.of(0, 20)).getContent().stream().map(EnterpriseSummary::id).filter(id -> !id.equals(a))
                .findFirst().orElseThrow();
        LocalDate from = today.minusYears(1);
        LocalDate to = today.plusYears(2);
        runAs("city.yjj"); // the city's experts are entered by the city
        experts.create(new ExpertData(u1, "冯专家", ExpertKind.EXPERT, "示范市安全生产专家委员会", "990100000000",
                Set.of("02", "03"), Set.of(Speciality.CHEMICAL, Speciality.DUST, Speciality.AMMONIA),
                List.of("注册安全工程师(化工安全)", "高级工程师"), from, to, new BigDecimal("1500.00"), "每人每日,含报告",
                List.of(new ExpertData.Tie(TieKind.PAST_EMPLOYER, a, today.minusYears(2)))), null);
        experts.create(new ExpertData(u2, "卫专家", ExpertKind.RETIRED_SAFETY_STAFF, "原示范机械厂安全科", "990100000000",
                Set.of("02", "03", "04"), Set.of(Speciality.SPECIAL_EQUIPMENT, Speciality.ELECTRICAL,
                        Speciality.MANAGEMENT), List.of("注册安全工程师(金属冶炼安全)"), from, to,
                new BigDecimal("800.00"), "每人每日", List.of()), null);
        experts.create(new ExpertData(null, "示范安全技术服务有限公司", ExpertKind.SERVICE_AGENCY, null, "990100000000",
                Set.of("02", "03", "04"), Set.of(Speciality.MANAGEMENT), List.of("安全评价机构资质(乙级)"), from, to,
                new BigDecimal("5000.00"), "每家企业每次,含书面报告", List.of()), null);
        runAs("county.yjj");
        experts.create(new ExpertData(u3, "蒋检查员", ExpertKind.ENFORCEMENT_INSPECTOR, "示范化工有限公司", "990101000000",
                Set.of("02", "03"), Set.of(Speciality.CHEMICAL), List.of("执法技术检查员聘书"), from, to,
                new BigDecimal("600.00"), "政府购买服务,按次结算", List.of(new ExpertData.Tie(TieKind.CURRENT_EMPLOYER, b,
                        null))), null);
        experts.create(new ExpertData(u4, "沈专家", ExpertKind.EXPERT, "示范县应急技术中心", "990101000000",
                Set.of("03"), Set.of(Speciality.DUST, Speciality.CONFINED_SPACE, Speciality.MANAGEMENT),
                List.of("注册安全工程师(其他安全)", "安全评价师"), from, to, new BigDecimal("1200.00"), "每人每日",
                List.of(new ExpertData.Tie(TieKind.SERVED, small, today.minusMonths(4)))), null);

        // expert1's first risk identification at a small firm, reported
        UUID first = assignments.assign(new AssignmentRequest(small, AssignmentKind.FIRST_IDENTIFICATION, 
                expertId(u1), "小型企业首次风险辨识,由熟悉粉尘涉爆的专家承担", today, today.plusDays(10)), null);
        runAs("expert1");
        AssignmentView v = assignments.get(first);
        assignments.report(first, v.version(), new ExpertReport("辨识出粉尘爆炸、机械伤害、触电等风险12项,其中较大风险3项;"
                + "建议建立岗位风险告知卡和日周月隐患排查清单。", "风险辨识完成,企业应在30日内完善管控措施并组织全员培训。"));
        runAs("county.yjj");
        assignments.assign(new AssignmentRequest(b, AssignmentKind.CONSULTATION, expertId(u2),
                "液氨储罐区设备腐蚀问题会诊,需特种设备背景", today, today.plusDays(5)), null);
        assignments.assign(new AssignmentRequest(b, AssignmentKind.ENFORCEMENT_SUPPORT, null, null, today,
                today.plusDays(3)), null);
        UUID closure = assignments.assign(new AssignmentRequest(b, AssignmentKind.MAJOR_CLOSURE, null, null, today,
                today.plusDays(10)), null);
        AssignmentView c = assignments.get(closure);
        runAs(username(c.expertUserId()));
        assignments.report(closure, c.version(), new ExpertReport("现场核查整改情况:泄爆装置已按设计安装,除尘系统联锁"
                + "测试正常,整改资料齐全。", "同意申请销号。"));
    }

    private UUID expertId(UUID userId) {
        return experts.list(Pageable.unpaged()).stream().filter(e -> userId.equals(e.userId())).findFirst()
                .orElseThrow().id();
    }

    private String username(UUID userId) {
        return accounts.usersWithRole(Role.EXPERT).stream().filter(u -> u.id().equals(userId)).findFirst()
                .orElseThrow().username();
    }

    private UUID userId(String username) {
        return ((CurrentUser) userDetails.loadUserByUsername(username)).id();
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
