package org.zhiben.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.hazard.workflow.Assignment;
import org.zhiben.hazard.workflow.HazardAction;
import org.zhiben.hazard.workflow.HazardReminders;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.hazard.workflow.MajorPlan;
import org.zhiben.hazard.workflow.NewReport;
import org.zhiben.hazard.workflow.RejectionKind;
import org.zhiben.identity.CurrentUser;

/**
 * Hazards of enterprises A and B in the workflow's states (reported, confirmed, rectifying, awaiting acceptance,
 * closed, rejected, 即查即改, a major hazard under 三签字 with one signature, a supervised major hazard, a pending
 * extension), all through the workflow service as the demo users; plus 补录 entries from A's earlier ledger: stock
 * hazards found in 2023 (one closed, one open major = the 存量 still to clear) and an overdue general one. Then the
 * deadline job runs once at the current instant, so the overdue flags and the escalation proposal for the overdue
 * major hazard exist. Skipped once A has hazards.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class HazardDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HazardDemoData.class);

    private final HazardWorkflow workflow;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final HazardReminders reminders;
    private final Clock clock;

    HazardDemoData(HazardWorkflow workflow, UserDetailsService userDetails, TransactionTemplate tx,
            HazardReminders reminders, Clock clock) {
        this.workflow = workflow;
        this.userDetails = userDetails;
        this.tx = tx;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            CurrentUser safety = runAs("ent.a.safety");
            UUID a = safety.enterpriseId();
            if (!workflow.ofEnterprise(a, 1).isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> {
                seed(a);
                seedLedgerHistory(a);
            });
            SecurityContextHolder.clearContext();
            HazardReminders.Report job = reminders.run(clock.instant());
            log.info("Demo hazards seeded for enterprises A and B in {} ms; deadline job: {}", DemoData.millisSince(start), job);
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo hazards");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(UUID a) {
        LocalDate today = workflow.today();
        UUID worker = runAs("ent.a.worker").id();
        report(a, HazardSource.DAILY, HazardType.ELECTRICAL, "配电箱门锁损坏,箱门无法关闭", "二号车间东侧", true);
        String[] rest = {"冲床光电保护装置失灵", "喷漆房可燃气体报警器未定期校验", "叉车通道标线磨损不清",
                "消防通道堆放成品箱", "员工未佩戴防护眼镜打磨", "砂轮机防护罩缺失"};
        UUID confirmed = report(a, HazardSource.COMPREHENSIVE, HazardType.EQUIPMENT, rest[0], "一号车间冲压线", true);
        UUID rectifying = report(a, HazardSource.DAILY, HazardType.INSTRUMENT, rest[1], "喷漆房", true);
        UUID awaiting = report(a, HazardSource.SEASONAL, HazardType.SAFETY, rest[2], "厂区主干道", true);
        UUID closed = report(a, HazardSource.DAILY, HazardType.FIRE, rest[3], "成品仓库", true);
        UUID rejected = report(a, HazardSource.DAILY, HazardType.SAFETY, rest[4], "打磨工位", false);
        UUID extension = report(a, HazardSource.SPECIALISED, HazardType.EQUIPMENT, rest[5], "机修间", true);

        runAs("ent.a.safety");
        for (UUID id : List.of(confirmed, rectifying, awaiting, closed, extension)) {
            workflow.transition(id, version(id), confirm(HazardLevel.GENERAL, today.plusDays(15), worker, "按规程整改"));
        }
        runAs("ent.a.worker");
        for (UUID id : List.of(rectifying, awaiting, closed, extension)) {
            workflow.transition(id, version(id), command(HazardAction.START));
        }
        for (UUID id : List.of(awaiting, closed)) {
            workflow.transition(id, version(id), new HazardWorkflow.Command(HazardAction.SUBMIT, null, null, null, null,
                    "已按要求整改完毕", new BigDecimal("800"), List.of(photo(Color.GREEN)), null));
        }
        workflow.requestExtension(extension, version(extension), today.plusDays(30), "防护罩需向厂家定制,到货约需四周");
        runAs("ent.a.safety");
        workflow.transition(closed, version(closed), new HazardWorkflow.Command(HazardAction.ACCEPT, null, null, null,
                null, null, null, List.of(), "现场验收合格"));
        workflow.transition(rejected, version(rejected), new HazardWorkflow.Command(HazardAction.REJECT, null,
                RejectionKind.DUPLICATE, "与本周已上报的打磨工位防护问题重复", null, null, null, List.of(), null));

        runAs("ent.a.worker");
        workflow.report(new NewReport(a, HazardSource.DAILY, HazardLevel.GENERAL, HazardType.SAFETY, "4", null,
                "灭火器压力不足", null, "办公楼一层", null, null, null, ManageType.IMMEDIATE,
                List.of(photo(Color.RED)), List.of(photo(Color.GREEN)), "当场更换合格灭火器", new BigDecimal("120"), null),
                null);

        runAs("ent.a.safety");
        UUID major = report(a, HazardSource.EXTERNAL_EXPERT, HazardType.PROCESS, "粉尘除尘系统未设置泄爆装置,存在粉尘爆炸风险",
                "抛光车间除尘器", true);
        workflow.transition(major, version(major), confirm(HazardLevel.MAJOR, today.plusDays(45), null, "停用抛光线,加装泄爆片和隔爆阀"));
        workflow.editPlan(major, version(major), plan());
        workflow.transition(major, version(major), command(HazardAction.START));
        workflow.transition(major, version(major), new HazardWorkflow.Command(HazardAction.SUBMIT, null, null, null,
                null, "已加装泄爆片和隔爆阀,经检测合格", new BigDecimal("56000"), List.of(photo(Color.GREEN)), null));
        runAs("ent.a.boss");
        workflow.sign(major, version(major));

        runAs("county.yjj");
        UUID supervised = report(a, HazardSource.SUPERVISION, HazardType.ELECTRICAL,
                "液压站电气线路私拉乱接,未穿管保护", "液压站", false);
        workflow.transition(supervised, version(supervised), confirm(HazardLevel.MAJOR, today.plusDays(30), null,
                "停用液压站,重新敷设线路并穿管保护"));
        workflow.supervise(supervised, version(supervised), "示范县应急管理局", "30日内整改到位,每周报送进展",
                today.plusDays(30));
        runAs("ent.a.safety");
        workflow.editPlan(supervised, version(supervised), plan());
        workflow.transition(supervised, version(supervised), command(HazardAction.START));

        UUID b = runAs("ent.b.boss").enterpriseId();
        report(b, HazardSource.DAILY, HazardType.PROCESS, "液氨储罐区可燃有毒气体检测报警仪故障", "液氨罐区", true);
        UUID bMajor = report(b, HazardSource.DAILY, HazardType.INSTRUMENT, "液氨储罐紧急切断阀未与液位联锁", "液氨罐区", true);
        workflow.transition(bMajor, version(bMajor), confirm(HazardLevel.MAJOR, today.plusDays(20), null,
                "增设液位高高联锁紧急切断"));
        UUID bClosed = report(b, HazardSource.PRE_HOLIDAY, HazardType.FIRE, "消防泵房应急照明不亮", "消防泵房", true);
        workflow.transition(bClosed, version(bClosed), confirm(HazardLevel.GENERAL, today.plusDays(5), null, "更换应急灯"));
        workflow.transition(bClosed, version(bClosed), command(HazardAction.START));
        workflow.transition(bClosed, version(bClosed), new HazardWorkflow.Command(HazardAction.SUBMIT, null, null,
                null, null, "已更换应急灯", new BigDecimal("260"), List.of(photo(Color.GREEN)), null));
        workflow.transition(bClosed, version(bClosed), command(HazardAction.ACCEPT));
    }

    /** 补录 from A's 2023 paper ledger and a recent spreadsheet: stock hazards and an overdue one. */
    private void seedLedgerHistory(UUID a) {
        LocalDate today = workflow.today();
        UUID worker = runAs("ent.a.worker").id();
        runAs("ent.a.safety");
        UUID stockClosed = backfill(a, HazardLevel.GENERAL, HazardType.FIRE, "危化品暂存间未设置防爆型排风扇",
                "危化品暂存间", LocalDate.of(2023, 4, 12));
        workflow.transition(stockClosed, version(stockClosed), confirm(HazardLevel.GENERAL, LocalDate.of(2023, 5, 12),
                worker, "更换防爆型排风扇"));
        workflow.transition(stockClosed, version(stockClosed), command(HazardAction.START));
        workflow.transition(stockClosed, version(stockClosed), new HazardWorkflow.Command(HazardAction.SUBMIT, null,
                null, null, null, "已更换防爆型排风扇(2023年台账补录)", new BigDecimal("3600"),
                List.of(photo(Color.GREEN)), null));
        workflow.transition(stockClosed, version(stockClosed), new HazardWorkflow.Command(HazardAction.ACCEPT, null,
                null, null, null, null, null, List.of(), "按2023年纸质台账补录,已验收"));

        UUID stockMajor = backfill(a, HazardLevel.MAJOR, HazardType.PROCESS, "涂装车间危化品库与办公区防火间距不足",
                "涂装车间", LocalDate.of(2023, 9, 20));
        workflow.transition(stockMajor, version(stockMajor), confirm(HazardLevel.MAJOR, LocalDate.of(2023, 12, 31),
                null, "危化品库迁建至独立库房,迁建前限量存放"));
        workflow.editPlan(stockMajor, version(stockMajor), plan());

        UUID overdue = backfill(a, HazardLevel.GENERAL, HazardType.EQUIPMENT, "行车主钩高度限位器失效", "装配车间",
                today.minusDays(20));
        workflow.transition(overdue, version(overdue), confirm(HazardLevel.GENERAL, today.minusDays(5), worker,
                "更换高度限位器并试吊"));
    }

    private UUID backfill(UUID enterprise, HazardLevel level, HazardType type, String description, String location,
            LocalDate foundOn) {
        return workflow.report(new NewReport(enterprise, HazardSource.COMPREHENSIVE, level, type, null, null,
                description, null, location, null, null, null, ManageType.DEADLINE, List.of(photo(Color.RED)),
                List.of(), null, null, foundOn), null);
    }

    private UUID report(UUID enterprise, HazardSource source, HazardType type, String description, String location,
            boolean photo) {
        return workflow.report(new NewReport(enterprise, source, HazardLevel.GENERAL, type, null, null, description,
                null, location, null, null, null, ManageType.DEADLINE, photo ? List.of(photo(Color.RED)) : List.of(),
                List.of(), null, null, null), null);
    }

    private long version(UUID id) {
        return workflow.view(id).version();
    }

    private static HazardWorkflow.Command command(HazardAction action) {
        return new HazardWorkflow.Command(action, null, null, null, null, null, null, List.of(), null);
    }

    private static HazardWorkflow.Command confirm(HazardLevel level, LocalDate deadline, UUID responsible,
            String measures) {
        return new HazardWorkflow.Command(HazardAction.CONFIRM, new Assignment(level, deadline, responsible,
                responsible == null ? "设备部 周主管" : null, null, measures, new BigDecimal("5000"), "停机挂牌,设置警示"),
                null, null, null, null, null, List.of(), null);
    }

    private static MajorPlan plan() {
        return new MajorPlan("设施设计缺陷,改造时未同步设置安全装置", "一旦发生事故可致多人伤亡;需停产改造,整改难度较大",
                "消除隐患,达到标准要求", "停用相关设备,委托有资质单位设计施工", "资金6万元已落实,材料已采购",
                "设备部牵头,安全管理部门监督", "45日内完成,分设计、施工、验收三步", "停用期间设置警戒区,制定专项应急预案");
    }

    private String photo(Color color) {
        try {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, 64, 48);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return workflow.uploadPhoto(new ByteArrayInputStream(out.toByteArray())).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
