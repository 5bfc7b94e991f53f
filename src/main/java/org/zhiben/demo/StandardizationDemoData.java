package org.zhiben.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.expert.AssignmentView;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.expert.ExpertReport;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.standardization.GradingAction;
import org.zhiben.standardization.GradingView;
import org.zhiben.standardization.Gradings;

/**
 * Demo 标准化 grading: enterprise A goes the whole way to a 二级 certificate today (self-assessment, application,
 * acceptance, a reviewer drawn from the pool who reports, review, approval, announcement); B's 二级 certificate
 * issued a year ago is entered (the accident demo then flags A and B for review); one 三级 certificate expires in
 * about five weeks (re-grading due) and one is fresh. Runs before the accident demo.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class StandardizationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandardizationDemoData.class);

    private final Gradings gradings;
    private final ExpertAssignments assignments;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final UserDetailsService userDetails;
    private final Clock clock;

    StandardizationDemoData(Gradings gradings, ExpertAssignments assignments, Enterprises enterprises,
            UserAccounts accounts, UserDetailsService userDetails, Clock clock) {
        this.gradings = gradings;
        this.assignments = assignments;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("county.yjj");
            if (!gradings.list(null, null, org.zhiben.common.PageResponse.pageOf(0, 1)).isEmpty()) {
                return;
            }
            seed();
            log.info("Demo 标准化 gradings seeded in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo gradings");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        UUID a = runAs("ent.a.boss").enterpriseId();
        UUID b = runAs("ent.b.boss").enterpriseId();

        runAs("ent.a.boss");
        Map<String, Integer> scores = new LinkedHashMap<>();
        int[] values = {14, 9, 9, 21, 17, 9, 5, 4};
        List<Gradings.Element> elements = gradings.elements();
        for (int i = 0; i < elements.size(); i++) {
            scores.put(elements.get(i).code(), Math.min(values[i % values.length], elements.get(i).maxScore()));
        }
        UUID g = gradings.selfAssess(a, StandardizationGrade.GRADE_2, scores, null);
        gradings.apply(g, gradings.get(g).version());
        runAs("county.yjj");
        gradings.act(g, gradings.get(g).version(), GradingAction.ACCEPT, null);
        UUID review = gradings.drawReviewer(g, gradings.get(g).version(), today, today.plusDays(7));
        AssignmentView r = assignments.get(review);
        runAs(username(r.expertUserId()));
        assignments.report(review, r.version(), new ExpertReport("现场评审:目标职责、制度化管理完整;现场管理中冲压线"
                + "安全联锁曾被短接,已整改;隐患排查记录与现场一致。", "建议评定为二级,得分86分。"));
        runAs("county.yjj");
        gradings.review(g, gradings.get(g).version(), 86, "材料与现场相符,达到二级标准");
        gradings.act(g, gradings.get(g).version(), GradingAction.APPROVE, null);
        gradings.act(g, gradings.get(g).version(), GradingAction.ANNOUNCE, null);

        gradings.registerIssued(b, StandardizationGrade.GRADE_2, "示应急标二〔2025〕017号", today.minusYears(1), null);
        List<UUID> others = enterprises.searchSummaries(new EnterpriseFilter(null, "03", null, null, null, null),
                PageRequest.of(0, 20)).getContent().stream().map(EnterpriseSummary::id)
                .filter(id -> !id.equals(a) && !id.equals(b)).toList();
        if (others.size() >= 3) {
            gradings.registerIssued(others.get(1), StandardizationGrade.GRADE_3, "示应急标三〔2023〕102号",
                    today.minusYears(3).plusDays(36), null);
            gradings.registerIssued(others.get(2), StandardizationGrade.GRADE_3, "示应急标三〔2026〕008号",
                    today.minusMonths(6), null);
        }
        GradingView done = gradings.get(g);
        log.info("Demo: A certified {} until {}", done.certificateNo(), done.validUntil());
    }

    private String username(UUID userId) {
        return accounts.usersWithRole(Role.EXPERT).stream().filter(u -> u.id().equals(userId)).findFirst()
                .orElseThrow().username();
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
