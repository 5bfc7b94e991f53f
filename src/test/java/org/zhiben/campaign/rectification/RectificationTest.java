package org.zhiben.campaign.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.ZhibenTest;
import org.zhiben.campaign.rectification.RectificationData.CountRow;
import org.zhiben.campaign.rectification.RectificationData.ImportResult;
import org.zhiben.campaign.rectification.RectificationData.ItemResult;
import org.zhiben.campaign.rectification.RectificationData.NewCheck;
import org.zhiben.campaign.rectification.RectificationData.NewObject;
import org.zhiben.campaign.rectification.RectificationData.ProblemView;
import org.zhiben.campaign.rectification.RectificationData.Rectify;
import org.zhiben.campaign.rectification.RectificationData.RowError;
import org.zhiben.campaign.rectification.RectificationData.Verify;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.identity.CurrentUser;

/**
 * The 专项整治 ledgers over villages of their own (rolled back after each test): hand-counted figures per village
 * and the live metrics over them, the overdue boundary (due today: in time; due yesterday: overdue), the 整改 → 验收
 * loop with a failed acceptance, scope (东关镇's official neither sees nor registers in 西河镇's villages), bad input,
 * stale versions and the xlsx import's row errors (all or nothing).
 */
@ZhibenTest
@Transactional
class RectificationTest {

    /** Fixture villages: one in 东关镇 (town.aj's jurisdiction), one in 西河镇. */
    static final String VILLAGE = "990101100299";
    static final String OTHER_VILLAGE = "990101101299";

    @Autowired
    Rectifications rect;
    @Autowired
    LiveMetrics metrics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    LocalDate today;

    @BeforeEach
    void villages() {
        jdbc.update("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, 5)", VILLAGE,
                "专项测试村", "990101100000");
        jdbc.update("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, 5)",
                OTHER_VILLAGE, "西河测试村", "990101101000");
        today = rect.today();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    static NewObject house(String village, String address) {
        return new NewObject(Ledger.SELF_BUILT, null, village, address + "户", address, "户主" + address, 3,
                Purpose.RENTED, false);
    }

    /** Every item of the 自建房 checklist 合格, except the given ones (seq → due date) 不合格. */
    private List<ItemResult> results(Ledger ledger, Object... failures) {
        int n = rect.checklist(ledger).size();
        List<ItemResult> out = new ArrayList<>();
        for (int seq = 1; seq <= n; seq++) {
            LocalDate due = null;
            for (int i = 0; i < failures.length; i += 2) {
                if ((Integer) failures[i] == seq) {
                    due = (LocalDate) failures[i + 1];
                }
            }
            out.add(new ItemResult(seq, due != null ? Outcome.FAIL : seq == n ? Outcome.NA : Outcome.PASS,
                    due != null ? "现场发现" : null, due));
        }
        return out;
    }

    private long version(UUID object) {
        return rect.object(object).object().version();
    }

    private ProblemView problem(UUID object, int seq) {
        return rect.object(object).problems().stream().filter(p -> p.itemSeq() == seq).findFirst().orElseThrow();
    }

    private BigDecimal metric(String key, String region) {
        LiveMetric m = metrics.find(key).orElseThrow();
        return m.measure(LiveMetric.Area.region(region));
    }

    @Test
    void theSeedsChecklistsAreData() {
        assertThat(rect.checklist(Ledger.SELF_BUILT)).hasSize(10)
                .anyMatch(t -> t.contains("违规出租房屋")).anyMatch(t -> t.contains("高墙大院"));
        assertThat(rect.checklist(Ledger.GAS)).anyMatch(t -> t.contains("问题瓶")).anyMatch(t -> t.contains("问题软管"));
        assertThat(rect.kinds(Ledger.NINE_SMALL)).hasSize(10).extracting(RectificationData.Kind::name)
                .contains("九小场所", "小餐饮场所", "小网吧");
    }

    @Test
    void handCountedFiguresPerVillageAndTheOverdueBoundary() {
        as("town.aj");
        UUID a = rect.register(house(VILLAGE, "一组1号"), null);
        UUID b = rect.register(house(VILLAGE, "一组2号"), null);
        UUID c = rect.register(house(VILLAGE, "一组3号"), null);
        rect.register(house(VILLAGE, "一组4号"), null);
        rect.register(new NewObject(Ledger.NINE_SMALL, "NS_FOOD", VILLAGE, "测试小吃店", "村口1号", "店主甲", null, null,
                true), null);
        LocalDate checked = today.minusDays(5);
        // A: everything in order
        rect.check(a, new NewCheck(0, checked, null, null, results(Ledger.SELF_BUILT)));
        // B: two problems, one due yesterday (overdue), one due today (still in time)
        rect.check(b, new NewCheck(0, checked, "村网格员", null, results(Ledger.SELF_BUILT, 6, today.minusDays(1), 8,
                today)));
        // C: two problems, one rectified (待验收), one rectified and verified (已销号)
        rect.check(c, new NewCheck(0, checked, null, null, results(Ledger.SELF_BUILT, 3, today.plusDays(10), 4,
                today.plusDays(10))));
        ProblemView p3 = problem(c, 3);
        rect.rectify(p3.id(), new Rectify(p3.version(), "已清退违规租户", today));
        ProblemView p4 = problem(c, 4);
        rect.rectify(p4.id(), new Rectify(p4.version(), "已停止违法经营", today.minusDays(1)));
        rect.verify(p4.id(), new Verify(p4.version() + 1, true, null));

        assertThat(problem(b, 6).overdue()).isTrue();
        assertThat(problem(b, 8).overdue()).isFalse();
        assertThat(problem(c, 4).state()).isEqualTo(ProblemState.VERIFIED);
        assertThat(problem(c, 4).verifiedByName()).isNotBlank();

        CountRow village = rect.counts(Ledger.SELF_BUILT, VILLAGE).total();
        assertThat(List.of(village.registered(), village.checked(), village.withProblems(), village.problems(),
                village.open(), village.overdue(), village.rectified(), village.verified()))
                .containsExactly(4L, 3L, 2L, 4L, 2L, 1L, 1L, 1L);
        assertThat(village.coverage()).isEqualTo(75);
        assertThat(village.closureRate()).isEqualTo(25);
        CountRow inTown = rect.counts(Ledger.SELF_BUILT, "990101100000").rows().stream()
                .filter(r -> r.regionCode().equals(VILLAGE)).findFirst().orElseThrow();
        assertThat(inTown).isEqualTo(new CountRow(VILLAGE, "专项测试村", 4, 3, 2, 4, 2, 1, 1, 1));
        CountRow small = rect.counts(Ledger.NINE_SMALL, VILLAGE).total();
        assertThat(List.of(small.registered(), small.checked(), small.problems())).containsExactly(1L, 0L, 0L);

        assertThat(metric("campaign.rect.selfbuilt.coverage", VILLAGE)).isEqualByComparingTo("75.0");
        assertThat(metric("campaign.rect.ninesmall.coverage", VILLAGE)).isEqualByComparingTo("0");
        assertThat(metric("campaign.rect.problem.rate", VILLAGE)).isEqualByComparingTo("25.0");
        assertThat(metric("campaign.rect.problem.overdue", VILLAGE)).isEqualByComparingTo("1");
        assertThat(metric("campaign.rect.problem.rate", OTHER_VILLAGE)).isEqualByComparingTo("0");
    }

    @Test
    void aFailedAcceptanceSendsTheProblemBackWithItsReason() {
        as("town.aj");
        UUID b = rect.register(house(VILLAGE, "二组1号"), null);
        rect.check(b, new NewCheck(0, today, null, null, results(Ledger.SELF_BUILT, 7, today.plusDays(3))));
        ProblemView p = problem(b, 7);
        assertThatThrownBy(() -> rect.verify(p.id(), new Verify(p.version(), true, null)))
                .isInstanceOf(InvalidInputException.class);
        rect.rectify(p.id(), new Rectify(p.version(), "清理了通道杂物", today));
        assertThatThrownBy(() -> rect.verify(p.id(), new Verify(p.version() + 1, false, " ")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e)
                        .violations().get(0).field()).isEqualTo("note"));
        assertThatThrownBy(() -> rect.verify(p.id(), new Verify(p.version(), true, null)))
                .isInstanceOf(StaleVersionException.class);
        rect.verify(p.id(), new Verify(p.version() + 1, false, "通道仍被电动车占用"));
        ProblemView back = problem(b, 7);
        assertThat(back.state()).isEqualTo(ProblemState.OPEN);
        assertThat(back.rectification()).contains("通道仍被电动车占用");
        assertThat(back.rectifiedOn()).isNull();
    }

    @Test
    void aTownOfficialSeesAndRegistersOnlyInItsOwnVillages() {
        as("county.yjj");
        UUID other = rect.register(house(OTHER_VILLAGE, "西河1号"), null);
        rect.check(other, new NewCheck(0, today, null, null, results(Ledger.SELF_BUILT, 1, today.plusDays(1))));
        UUID problem = problem(other, 1).id();

        as("town.aj");
        assertThatThrownBy(() -> rect.object(other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rect.problem(problem)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rect.rectify(problem, new Rectify(0, "x", today)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rect.check(other, new NewCheck(1, today, null, null, results(Ledger.SELF_BUILT))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rect.counts(Ledger.SELF_BUILT, "990101101000")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rect.objects(Ledger.SELF_BUILT, OTHER_VILLAGE, 0, 20))
                .isInstanceOf(NotFoundException.class);
        assertThat(rect.objects(Ledger.SELF_BUILT, null, 0, 500).content())
                .allMatch(o -> o.regionCode().startsWith("990101100"));
        assertThat(rect.counts(Ledger.SELF_BUILT, null).rows())
                .allMatch(r -> r.regionCode().startsWith("990101100"));
        assertThatThrownBy(() -> rect.register(house(OTHER_VILLAGE, "西河2号"), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field())
                        .isEqualTo("regionCode"));

        as("admin");
        assertThat(rect.object(other).object().regionName()).isEqualTo("西河测试村");
        assertThatThrownBy(() -> rect.register(house(VILLAGE, "三组1号"), null))
                .isInstanceOf(AccessDeniedException.class);
        as("ent.a.boss");
        assertThatThrownBy(() -> rect.object(other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rect.counts(Ledger.SELF_BUILT, null)).isInstanceOf(NotFoundException.class);
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.violations().get(0).field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void badInputIsRefusedBesideTheFieldAndStaleVersionsConflict() {
        as("town.aj");
        assertThat(field(() -> rect.register(new NewObject(Ledger.SELF_BUILT, null, VILLAGE, "甲", "四组1号", "乙",
                null, Purpose.OWN, false), null))).isEqualTo("storeys");
        assertThat(field(() -> rect.register(new NewObject(Ledger.SELF_BUILT, null, VILLAGE, "甲", "四组1号", "乙",
                51, Purpose.OWN, false), null))).isEqualTo("storeys");
        assertThat(field(() -> rect.register(new NewObject(Ledger.NINE_SMALL, null, VILLAGE, "甲", "四组1号", "乙",
                null, null, true), null))).isEqualTo("kindCode");
        assertThat(field(() -> rect.register(new NewObject(Ledger.GAS, "NS_FOOD", VILLAGE, "甲", "四组1号", "乙",
                null, null, true), null))).isEqualTo("kindCode");
        assertThat(field(() -> rect.register(house("990101100000", "四组1号"), null))).isEqualTo("regionCode");
        assertThat(field(() -> rect.register(house("990101100298", "四组1号"), null))).isEqualTo("regionCode");
        assertThat(field(() -> rect.register(new NewObject(Ledger.SELF_BUILT, null, VILLAGE, "甲", "地".repeat(201),
                "乙", 2, Purpose.OWN, false), null))).isEqualTo("address");
        UUID a = rect.register(house(VILLAGE, "四组1号"), null);
        assertThat(field(() -> rect.register(house(VILLAGE, "四组1号"), null))).isEqualTo("address");

        List<ItemResult> missing = new ArrayList<>(results(Ledger.SELF_BUILT));
        missing.remove(9);
        assertThat(field(() -> rect.check(a, new NewCheck(0, today, null, null, missing)))).isEqualTo("results");
        assertThat(field(() -> rect.check(a, new NewCheck(0, today.plusDays(1), null, null,
                results(Ledger.SELF_BUILT))))).isEqualTo("checkedOn");
        List<ItemResult> noDue = new ArrayList<>(results(Ledger.SELF_BUILT));
        noDue.set(1, new ItemResult(2, Outcome.FAIL, "加盖一层", null));
        assertThat(field(() -> rect.check(a, new NewCheck(0, today, null, null, noDue))))
                .isEqualTo("results[1].dueDate");
        assertThat(field(() -> rect.check(a, new NewCheck(0, today, null, null,
                results(Ledger.SELF_BUILT, 2, today.minusDays(1)))))).isEqualTo("results[1].dueDate");
        assertThat(rect.object(a).checks()).isEmpty();
        assertThat(rect.object(a).problems()).isEmpty();

        rect.check(a, new NewCheck(0, today, null, null, results(Ledger.SELF_BUILT, 2, today)));
        assertThatThrownBy(() -> rect.check(a, new NewCheck(0, today, null, null, results(Ledger.SELF_BUILT))))
                .isInstanceOf(StaleVersionException.class);
        ProblemView p = problem(a, 2);
        assertThat(field(() -> rect.rectify(p.id(), new Rectify(p.version(), "已拆除", today.minusDays(1)))))
                .isEqualTo("rectifiedOn");
        assertThatThrownBy(() -> rect.rectify(p.id(), new Rectify(p.version() + 1, "已拆除", today)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(version(a)).isEqualTo(1);
    }

    static File xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("一本账");
            s.createRow(0).createCell(0).setCellValue("东关镇自建房逐户排查一本账");
            Row h = s.createRow(1);
            for (int i = 0; i < Rectifications.IMPORT_COLUMNS.size(); i++) {
                h.createCell(i).setCellValue(Rectifications.IMPORT_COLUMNS.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            File f = File.createTempFile("rect-test", ".xlsx");
            f.deleteOnExit();
            Files.write(f.toPath(), out.toByteArray());
            return f;
        }
    }

    @Test
    void theImportReportsEveryBadRowAndSavesNothingUntilAllAreGood() throws Exception {
        as("town.aj");
        rect.register(house(VILLAGE, "五组9号"), null);
        File bad = xlsx(
                new String[] {VILLAGE, "王家", "五组1号", "王某", null, "3", "自住", "否"},
                new String[] {OTHER_VILLAGE, "李家", "五组2号", "李某", null, "2", "出租", "否"},
                new String[] {VILLAGE, "赵家", "五组1号", "赵某", null, "2", "自住", "否"},
                new String[] {VILLAGE, "钱家", "五组3号", "钱某", null, "三", "自住", "否"},
                new String[] {VILLAGE, "孙家", "五组4号", "孙某", null, "2", "仓库", "否"},
                new String[] {VILLAGE, "周家", "五组9号", "周某", null, "2", "经营", "是"},
                new String[] {VILLAGE, "吴家", "五组5号", null, null, "2", "自住", "也许"});
        ImportResult r = rect.importObjects(Ledger.SELF_BUILT, bad);
        assertThat(r.rows()).isEqualTo(7);
        assertThat(r.created()).isZero();
        assertThat(r.errors()).containsExactly(
                new RowError(4, "村(社区)区划代码", "该村(社区)不在您的辖区内"),
                new RowError(5, "地址", "与第3行的地址重复"),
                new RowError(6, "层数", "层数应为整数"),
                new RowError(7, "用途", "用途应为自住、出租、经营或混合"),
                new RowError(8, "地址", "本村(社区)的该台账中已登记这个地址"),
                new RowError(9, "是否经营", "请填写是或否"));
        assertThat(rect.counts(Ledger.SELF_BUILT, VILLAGE).total().registered()).isEqualTo(1);

        File small = xlsx(
                new String[] {VILLAGE, "好再来饭店", "六组1号", "店主乙", "小餐饮场所", null, null, "是"},
                new String[] {VILLAGE, "星星网吧", "六组2号", "店主丙", "小网吧", null, null, "是"},
                new String[] {VILLAGE, "无名店", "六组3号", "店主丁", null, null, null, "是"});
        ImportResult missingKind = rect.importObjects(Ledger.NINE_SMALL, small);
        assertThat(missingKind.errors()).containsExactly(new RowError(5, "类别", "请选择九小场所的类别"));
        File good = xlsx(
                new String[] {VILLAGE, "好再来饭店", "六组1号", "店主乙", "小餐饮场所", null, null, "是"},
                new String[] {VILLAGE, "星星网吧", "六组2号", "店主丙", "小网吧", null, null, "是"});
        ImportResult ok = rect.importObjects(Ledger.NINE_SMALL, good);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.created()).isEqualTo(2);
        assertThat(rect.objects(Ledger.NINE_SMALL, VILLAGE, 0, 10).content())
                .extracting(RectificationData.ObjectRow::kindName).containsExactly("小餐饮场所", "小网吧");
    }
}
