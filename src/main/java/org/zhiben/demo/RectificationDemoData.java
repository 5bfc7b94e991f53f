package org.zhiben.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.campaign.rectification.Ledger;
import org.zhiben.campaign.rectification.Outcome;
import org.zhiben.campaign.rectification.Purpose;
import org.zhiben.campaign.rectification.RectificationData;
import org.zhiben.campaign.rectification.Rectifications;
import org.zhiben.identity.CurrentUser;

/**
 * 专项整治 ledgers in the demo village 东关村 (fictional households and shops): five 自建房 — one in order, one with an
 * overdue problem and one still in time, one rectified awaiting verification, one closed (销号), one not checked yet —
 * four 九小场所 and a 燃气 user; 东关镇's task 12 (自建房安全隐患整治) is bound to the 自建房 ledger, task 11 (经营性自建房、
 * 小型生产经营场所 早期火灾报警) to the 九小场所 ledger. Dates are relative to today. Skipped once the village has any.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class RectificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RectificationDemoData.class);
    private static final String VILLAGE = "990101100201";

    private final Rectifications rect;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    RectificationDemoData(Rectifications rect, UserDetailsService userDetails, TransactionTemplate tx,
            JdbcTemplate jdbc) {
        this.rect = rect;
        this.userDetails = userDetails;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("town.aj");
            if (rect.objects(Ledger.SELF_BUILT, VILLAGE, 0, 1).totalElements() > 0) {
                return;
            }
            tx.executeWithoutResult(status -> seed());
            log.info("Demo rectification ledgers seeded in 东关村 in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo rectification ledgers");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        LocalDate today = rect.today();
        LocalDate checked = today.minusDays(20);
        UUID inOrder = house("一组3号", "王大山", 2, Purpose.OWN);
        UUID overdue = house("一组7号", "李春生", 4, Purpose.RENTED);
        UUID awaiting = house("二组2号", "赵秋月", 3, Purpose.MIXED);
        UUID closed = house("二组9号", "钱满仓", 3, Purpose.BUSINESS);
        house("三组1号", "孙小禾", 2, Purpose.OWN);

        check(inOrder, Ledger.SELF_BUILT, checked);
        // 违规出租 overdue (due 5 days ago), 逃生出口 still in time
        check(overdue, Ledger.SELF_BUILT, checked, 3, today.minusDays(5), "租住12人,超过核定人数", 7, today.plusDays(10),
                "楼道堆放杂物");
        check(awaiting, Ledger.SELF_BUILT, checked, 6, today.minusDays(2), "一层商铺未安装火灾报警");
        rectify(awaiting, 6, "已安装独立式感烟火灾探测报警器3只", today.minusDays(3), null);
        check(closed, Ledger.SELF_BUILT, checked, 2, today.minusDays(1), "顶层违规加盖彩钢房");
        rectify(closed, 2, "彩钢房已拆除", today.minusDays(4), Boolean.TRUE);

        UUID food = object(Ledger.NINE_SMALL, "NS_FOOD", "东关小面馆", "村口1号", "周大勺");
        UUID shop = object(Ledger.NINE_SMALL, "NS_SHOP", "便民小超市", "村口3号", "吴小满");
        UUID netbar = object(Ledger.NINE_SMALL, "NS_NETBAR", "星河网吧", "村口5号", "郑一鸣");
        object(Ledger.NINE_SMALL, "NS_HOTEL", "东关小旅馆", "村口8号", "冯安居");
        check(food, Ledger.NINE_SMALL, checked, 1, today.plusDays(7), "后厨未装早期火灾报警");
        check(shop, Ledger.NINE_SMALL, checked, 5, today.minusDays(3), "店内阁楼住人,三合一");
        check(netbar, Ledger.NINE_SMALL, checked, 2, today.minusDays(6), "灭火器过期");
        rectify(netbar, 2, "已更换灭火器4具", today.minusDays(7), Boolean.TRUE);

        UUID gas = object(Ledger.GAS, "GAS", "东关小面馆(用气)", "村口1号", "周大勺");
        check(gas, Ledger.GAS, checked, 4, today.plusDays(5), "软管老化");

        bind("12", Ledger.SELF_BUILT);
        bind("11", Ledger.NINE_SMALL);
        bind("11", Ledger.SELF_BUILT);
    }

    private UUID house(String address, String owner, int storeys, Purpose purpose) {
        return rect.register(new RectificationData.NewObject(Ledger.SELF_BUILT, null, VILLAGE, owner + "家自建房",
                "东关村" + address, owner, storeys, purpose, purpose == Purpose.BUSINESS || purpose == Purpose.MIXED),
                null);
    }

    private UUID object(Ledger ledger, String kind, String name, String address, String operator) {
        return rect.register(new RectificationData.NewObject(ledger, kind, VILLAGE, name, "东关村" + address, operator,
                null, null, true), null);
    }

    /** A check with every item 合格 (the last one 不适用) but the given ones: seq, due date, note, … */
    private void check(UUID object, Ledger ledger, LocalDate on, Object... failures) {
        int n = rect.checklist(ledger).size();
        List<RectificationData.ItemResult> results = new ArrayList<>();
        for (int seq = 1; seq <= n; seq++) {
            RectificationData.ItemResult r = new RectificationData.ItemResult(seq,
                    seq == n ? Outcome.NA : Outcome.PASS, null, null);
            for (int i = 0; i < failures.length; i += 3) {
                if ((Integer) failures[i] == seq) {
                    r = new RectificationData.ItemResult(seq, Outcome.FAIL, (String) failures[i + 2],
                            (LocalDate) failures[i + 1]);
                }
            }
            results.add(r);
        }
        rect.check(object, new RectificationData.NewCheck(rect.object(object).object().version(), on, "东关村网格员",
                null, results));
    }

    private void rectify(UUID object, int seq, String what, LocalDate on, Boolean verify) {
        RectificationData.ProblemView p = rect.object(object).problems().stream().filter(x -> x.itemSeq() == seq)
                .findFirst().orElseThrow();
        rect.rectify(p.id(), new RectificationData.Rectify(p.version(), what, on));
        if (verify != null) {
            rect.verify(p.id(), new RectificationData.Verify(p.version() + 1, verify, null));
        }
    }

    private void bind(String taskNo, Ledger ledger) {
        jdbc.queryForList("select t.id from campaign_task t join campaign_plan p on p.id = t.plan_id"
                + " where p.region_code = ? and t.task_no = ?", UUID.class, DemoData.TOWN_DONGGUAN, taskNo)
                .stream().findFirst().ifPresent(id -> rect.bind(id, ledger));
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
