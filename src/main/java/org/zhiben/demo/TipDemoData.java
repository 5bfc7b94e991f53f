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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.zhiben.identity.CurrentUser;
import org.zhiben.tip.NewTip;
import org.zhiben.tip.RejectReason;
import org.zhiben.tip.RewardKind;
import org.zhiben.tip.TipAction;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.TipFinding;
import org.zhiben.tip.Tips;

/**
 * Fictional tips in 示范县 through the tip service as the demo users, one in each state: a 12350 call just received
 * (anonymous), a letter under verification (real name, sealed), a visit not accepted and answered, a call transferred
 * to a sector's lead department, a tip turned into a hazard at enterprise A, an anonymous tip rewarded (case, fine,
 * reward approved by the city, claimed with the code, paid, answered, closed), a letter accepted (real name), a
 * repeated call rejected as a duplicate, three anonymous tips whose rewards are proposed, approved and paid, and an
 * internal whistleblower's report at A with an honorary reward. Skipped once the county sees any tip.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class TipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TipDemoData.class);

    private final Tips tips;
    private final UserDetailsService userDetails;

    TipDemoData(Tips tips, UserDetailsService userDetails) {
        this.tips = tips;
        this.userDetails = userDetails;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("county.yjj");
            if (tips.countVisible() > 0) {
                return;
            }
            seed();
            log.info("Demo tips seeded in 示范县 in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo tips");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        UUID a = runAs("ent.a.safety").enterpriseId();
        UUID b = runAs("ent.b.boss").enterpriseId();
        CurrentUser county = runAs("county.yjj");

        Tips.Submitted received = tips.enter(tip(TipChannel.PHONE_12350, "来电反映夜间罐区无人值守,可燃气体报警器长期关闭", "罐区",
                b, true), List.of(), null);

        Tips.Submitted letter = tips.enter(new NewTip(TipChannel.LETTER, "来信反映冲压车间光电保护装置被拆除,工人手工送料",
                "冲压车间", a, null, null, false, "示例来信人", "示例信箱1号", false), List.of(), null);
        act(letter.id(), TipAction.ACCEPT, null);
        act(letter.id(), TipAction.START_VERIFICATION, null);

        Tips.Submitted visit = tips.enter(new NewTip(TipChannel.VISIT, "来访反映附近有小作坊存在安全问题,具体位置说不清",
                "示范县某村附近", null, "不明作坊", county.regionCode(), true, null, null, false), List.of(), null);
        act(visit.id(), TipAction.REJECT, c -> new Tips.Command(TipAction.REJECT, "举报对象不明确,已请来访人补充线索",
                RejectReason.NO_CLEAR_TARGET, null, null, null, null, null, null, null, null, null, null, null, null, null));
        act(visit.id(), TipAction.REPLY, c -> reply("您反映的问题因对象不明确暂不予受理,补充具体位置后可再次举报。"));

        Tips.Submitted transfer = tips.enter(new NewTip(TipChannel.PHONE_12350, "来电反映某工地塔吊司机无证上岗",
                "县城东区工地", null, "示范县东区某建筑工地", county.regionCode(), true, null, null, false), List.of(), null);
        String construction = tips.leadDepartments().stream().filter(s -> s.name().contains("建筑")).map(s -> s.code())
                .findFirst().orElse(tips.leadDepartments().get(0).code());
        act(transfer.id(), TipAction.TRANSFER, c -> new Tips.Command(TipAction.TRANSFER, "属建筑施工领域,按牵头部门表转办",
                null, null, construction, null, null, null, null, null, null, null, null, null, null, null));

        Tips.Submitted hazard = tips.enter(tip(TipChannel.PHONE_12350, "来电反映一号仓库消防通道被成品堆放堵塞", "一号仓库", a, true),
                List.of(), null);
        verified(hazard.id());
        act(hazard.id(), TipAction.LINK_HAZARD, c -> new Tips.Command(TipAction.LINK_HAZARD, null, null, null, null,
                null, "一号仓库消防通道被成品堆放堵塞(群众举报核查属实)", null, null, null, null, null, null, null, null, null));

        Tips.Submitted rewarded = tips.enter(tip(TipChannel.PHONE_12350, "来电反映罐区动火作业未办理动火许可,现场无监护人",
                "罐区", b, true), List.of(), null);
        verified(rewarded.id());
        act(rewarded.id(), TipAction.LINK_CASE, c -> new Tips.Command(TipAction.LINK_CASE, null, null, null, null, null,
                null, null, null, null, "示范县应急罚〔2026〕8号", new BigDecimal("200000"), null, null, null, null));
        act(rewarded.id(), TipAction.PROPOSE_REWARD, c -> new Tips.Command(TipAction.PROPOSE_REWARD, null, null, null,
                null, null, null, null, null, null, null, null, RewardKind.ILLEGAL_OPERATION, null, null, null));
        runAs("city.yjj");
        act(rewarded.id(), TipAction.APPROVE_REWARD, null);
        SecurityContextHolder.clearContext();
        tips.claim(rewarded.trackingCode(), "示例领取方式:到县应急管理局领取", "demo-seed");
        runAs("county.yjj");
        act(rewarded.id(), TipAction.PAY_REWARD, null);
        act(rewarded.id(), TipAction.REPLY, c -> reply("您举报的问题经核查属实,已依法查处并发放举报奖励,感谢您的监督。"));
        act(rewarded.id(), TipAction.CLOSE, null);

        // the reward steps one tip each: accepted only, reward proposed, reward approved, reward paid (claimed with
        // the code); and a duplicate rejected and not yet answered
        int year = LocalDate.ofInstant(tips.now(), org.zhiben.common.Zones.CHINA).getYear();
        Tips.Submitted accepted = tips.enter(new NewTip(TipChannel.LETTER, "来信反映仓库内违规设置员工宿舍(三合一)",
                "成品仓库", a, null, null, false, "示例举报人", "示例信箱2号", false), List.of(), null);
        act(accepted.id(), TipAction.ACCEPT, null);

        Tips.Submitted duplicate = tips.enter(tip(TipChannel.PHONE_12350, "来电再次反映罐区可燃气体报警器关闭", "罐区", b,
                true), List.of(), null);
        act(duplicate.id(), TipAction.REJECT, c -> new Tips.Command(TipAction.REJECT, "与先前举报系同一事项,已并入处理",
                RejectReason.DUPLICATE, received.no(), null, null, null, null, null, null, null, null, null, null, null,
                null));
        rewardStep(b, "来电反映储罐区违规使用非防爆电器", "示范县应急罚〔" + year + "〕9号", "30000", 1);
        rewardStep(a, "来电反映冲压车间无证人员操作起重设备", "示范县应急罚〔" + year + "〕10号", "50000", 2);
        rewardStep(b, "来电反映夜间违规进行危化品装卸作业", "示范县应急罚〔" + year + "〕11号", "100000", 3);

        runAs("ent.a.worker");
        Tips.Submitted internal = tips.enter(new NewTip(TipChannel.INTERNAL, "班组长要求夜班跳过有限空间作业气体检测",
                "污水处理站", null, null, null, true, null, null, false), List.of(), null);
        runAs("ent.a.safety");
        verified(internal.id());
        tips.grantInternalReward(internal.id(), org.zhiben.tip.InternalRewardKind.SPIRITUAL, null,
                "全厂通报表扬,授予“安全吹哨人”称号", LocalDate.ofInstant(tips.now(), org.zhiben.common.Zones.CHINA));
    }

    /**
     * An anonymous 12350 tip at {@code enterprise}, verified, linked to a case with its penalty, and a reward (15 % of
     * the penalty, within 3,000–300,000 元) taken {@code steps} far: 1 proposed, 2 approved by the city, 3 claimed
     * with the code and paid.
     */
    private Tips.Submitted rewardStep(UUID enterprise, String content, String caseNo, String penalty, int steps) {
        runAs("county.yjj");
        Tips.Submitted t = tips.enter(tip(TipChannel.PHONE_12350, content, "生产现场", enterprise, true), List.of(), null);
        verified(t.id());
        act(t.id(), TipAction.LINK_CASE, c -> new Tips.Command(TipAction.LINK_CASE, null, null, null, null, null,
                null, null, null, null, caseNo, new BigDecimal(penalty), null, null, null, null));
        act(t.id(), TipAction.PROPOSE_REWARD, c -> new Tips.Command(TipAction.PROPOSE_REWARD, null, null, null,
                null, null, null, null, null, null, null, null, RewardKind.ILLEGAL_OPERATION, null, null, null));
        if (steps >= 2) {
            runAs("city.yjj");
            act(t.id(), TipAction.APPROVE_REWARD, null);
            runAs("county.yjj");
        }
        if (steps >= 3) {
            SecurityContextHolder.clearContext();
            tips.claim(t.trackingCode(), "示例领取方式:到县应急管理局领取", "demo-seed-reward");
            runAs("county.yjj");
            act(t.id(), TipAction.PAY_REWARD, null);
        }
        return t;
    }

    private void verified(UUID id) {
        act(id, TipAction.ACCEPT, null);
        act(id, TipAction.START_VERIFICATION, null);
        act(id, TipAction.CONCLUDE, c -> new Tips.Command(TipAction.CONCLUDE, "现场核查,情况属实", null, null, null,
                TipFinding.TRUE, null, null, null, null, null, null, null, null, null, null));
    }

    private void act(UUID id, TipAction action, java.util.function.Function<Void, Tips.Command> command) {
        Tips.Command c = command == null ? new Tips.Command(action, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null) : command.apply(null);
        tips.transition(id, tips.version(id), c);
    }

    private static Tips.Command reply(String text) {
        return new Tips.Command(TipAction.REPLY, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, text);
    }

    private static NewTip tip(TipChannel channel, String content, String place, UUID enterprise, boolean anonymous) {
        return new NewTip(channel, content, place, enterprise, null, null, anonymous, null, null, false);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
