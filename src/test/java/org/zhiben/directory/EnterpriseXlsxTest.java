package org.zhiben.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhiben.directory.XlsxTestData.OTHER_TOWN;
import static org.zhiben.directory.XlsxTestData.OTHER_TOWN_VILLAGE;
import static org.zhiben.directory.XlsxTestData.VILLAGE;
import static org.zhiben.directory.XlsxTestData.column;
import static org.zhiben.directory.XlsxTestData.headerRow;
import static org.zhiben.directory.XlsxTestData.row;
import static org.zhiben.directory.XlsxTestData.workbook;
import static org.zhiben.directory.XlsxTestData.xlsxOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.XlsxTestData.Batch;
import org.zhiben.directory.internal.Enterprise;
import org.zhiben.directory.internal.EnterpriseRepository;
import org.zhiben.identity.CurrentUser;

/**
 * {@link EnterpriseXlsx} on the shared demo context: every test imports enterprises under its own {@link Batch} of
 * USCCs (into demo villages) and looks only at those, so the demo data and the other test classes' records are never
 * changed. Officials are the demo's: town.aj governs 东关镇 ({@link XlsxTestData#VILLAGE}), not 西河镇.
 * {@code @RecordApplicationEvents} adds no context customizer, so this class shares the one cached context.
 */
@ZhibenTest
@RecordApplicationEvents
class EnterpriseXlsxTest {

    @Autowired
    EnterpriseXlsx xlsx;
    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationEvents events;

    private final Batch batch = Batch.next();

    @BeforeEach
    void signInAsAdministrator() {
        signIn("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void savesValidRowsAndReportsInvalidOnesWithRowColumnAndReason() throws IOException {
        String good1 = batch.uscc(1);
        String good2 = batch.uscc(2);
        String badCheck = good1.substring(0, 17) + (good1.charAt(17) == '0' ? '1' : '0');
        String forbidden = "91990102I" + batch.uscc(3).substring(9);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headerRow());
        rows.add(row(good1, "示范导入化工有限公司", VILLAGE));                                  // 2 ok
        List<Object> numeric = row(good2, "示范导入小学", Long.parseLong(VILLAGE));           // 3 ok, numbers typed as numbers
        numeric.set(8, 13800138000L);
        numeric.set(3, 2);
        rows.add(numeric);
        rows.add(row(badCheck, "校验位错", VILLAGE));                                          // 4
        rows.add(row(batch.uscc(4).toLowerCase(), "小写代码", VILLAGE));                       // 5
        rows.add(row(forbidden, "禁用字母", VILLAGE));                                         // 6
        rows.add(Arrays.<Object>asList(" ", "", "", ""));                                      // 7 blank, skipped
        rows.add(row(batch.uscc(5), "区划不存在", "990101100299"));                            // 8
        rows.add(row(batch.uscc(6), "区划格式错", "99010110020"));                             // 9
        List<Object> badType = row(batch.uscc(7), "类型错", VILLAGE);                          // 10
        badType.set(2, "工厂");
        rows.add(badType);

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));

        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isZero();
        assertThat(report.failed()).isEqualTo(6);
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(4, "统一社会信用代码"), tuple(5, "统一社会信用代码"), tuple(6, "统一社会信用代码"),
                tuple(8, "所在区划代码"), tuple(9, "所在区划代码"), tuple(10, "单位类型"));
        assertThat(report.errors().get(0).reason()).isEqualTo("校验位错误,应为" + good1.charAt(17));
        assertThat(report.errors().get(1).reason()).contains("不允许");
        assertThat(report.errors().get(2).reason()).contains("第9位字符“I”");
        assertThat(report.errors().get(3).reason()).isEqualTo("区划代码不存在:990101100299");
        assertThat(report.errors().get(4).reason()).contains("12位数字");
        assertThat(report.errors().get(5).reason()).contains("工厂");

        Enterprise school = enterprises.findByUscc(good2).orElseThrow();
        assertThat(school.getName()).isEqualTo("示范导入小学");
        assertThat(school.getRegionCode()).isEqualTo(VILLAGE);
        assertThat(school.getPrincipalPhone()).isEqualTo("13800138000");
        assertThat(jdbc.queryForList("select sector_code from directory_enterprise_sector where enterprise_id = ?",
                String.class, school.getId())).containsExactly("02");
        assertThat(savedUsccs()).containsExactlyInAnyOrder(good1, good2);
        assertThat(audit.historyOf("Enterprise", school.getId().toString()))
                .extracting(e -> e.action()).containsExactly("CREATE");
        assertThat(events.stream(EnterprisesImported.class))
                .containsExactly(new EnterprisesImported(me().id(), 2, 0, 6));
    }

    @Test
    void aUsccRepeatedInTheFileIsAnErrorOnTheLaterRow() throws IOException {
        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(xlsxOf(headerRow(),
                row(batch.uscc(10), "甲公司", VILLAGE), row(batch.uscc(11), "乙公司", VILLAGE),
                row(batch.uscc(10), "甲公司(重复)", VILLAGE))));

        assertThat(report).isEqualTo(new EnterpriseImportReport(3, 2, 0, 0,
                List.of(new RowError(4, "统一社会信用代码", "文件内重复,与第2行相同"))));
        assertThat(enterprises.findByUscc(batch.uscc(10)).orElseThrow().getName()).isEqualTo("甲公司");
        assertThat(savedUsccs()).containsExactlyInAnyOrder(batch.uscc(10), batch.uscc(11));
    }

    @Test
    void reImportIsIdempotentOnUsccAndAppliesChanges() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headerRow());
        for (int i = 20; i < 23; i++) {
            rows.add(row(batch.uscc(i), "企业" + i, VILLAGE));
        }
        assertThat(xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))))
                .isEqualTo(new EnterpriseImportReport(3, 3, 0, 0, List.of()));

        EnterpriseImportReport again = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));
        assertThat(again).isEqualTo(new EnterpriseImportReport(3, 0, 0, 3, List.of()));
        assertThat(savedUsccs()).hasSize(3);

        rows.get(2).set(1, "企业21(已更名)");
        rows.get(2).set(15, "一级");
        EnterpriseImportReport changed = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));
        assertThat(changed).isEqualTo(new EnterpriseImportReport(3, 0, 1, 2, List.of()));
        assertThat(savedUsccs()).containsExactlyInAnyOrder(batch.uscc(20), batch.uscc(21), batch.uscc(22));
        Enterprise renamed = enterprises.findByUscc(batch.uscc(21)).orElseThrow();
        assertThat(renamed.getName()).isEqualTo("企业21(已更名)");
        assertThat(renamed.getStandardizationGrade()).isEqualTo(StandardizationGrade.GRADE_1);
        assertThat(renamed.getVersion()).isEqualTo(1L);
        assertThat(enterprises.findByUscc(batch.uscc(20)).orElseThrow().getVersion()).isZero();
        assertThat(audit.historyOf("Enterprise", renamed.getId().toString()))
                .extracting(e -> e.action()).containsExactly("UPDATE", "CREATE");
    }

    @Test
    void exportReImportsUnchangedAndKeepsTextLiteral() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headerRow());
        rows.add(row(batch.uscc(30), "<script>alert(1)</script>", VILLAGE));
        rows.add(row(batch.uscc(31), "=1+1", VILLAGE));
        List<Object> full = row(batch.uscc(32), "全字段企业", VILLAGE);
        full.set(3, "02;06、11");
        full.set(4, "c");
        full.set(9, "王五");
        full.set(10, "0355-1234567");
        full.set(14, "否");
        rows.add(full);
        assertThat(xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))).created()).isEqualTo(3);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.exportXlsx(byPrefix(null), out);

        try (XSSFWorkbook exported = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = exported.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("企业名录");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名录");
            int h = 3; // title, scope and generation time above the header
            Row header = sheet.getRow(h);
            for (int i = 0; i < XlsxTestData.HEADERS.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(XlsxTestData.HEADERS.get(i));
                assertThat(exported.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(h + 3);
            List<String> names = new ArrayList<>();
            for (int r = h + 1; r <= h + 3; r++) {
                XSSFCell name = sheet.getRow(r).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                names.add(name.getStringCellValue());
                assertThat(sheet.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.STRING);
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo(VILLAGE);
            }
            assertThat(names).containsExactlyInAnyOrder("<script>alert(1)</script>", "=1+1", "全字段企业");
            Row fullRow = sheet.getRow(h + 1 + names.indexOf("全字段企业"));
            assertThat(fullRow.getCell(0).getStringCellValue()).isEqualTo(batch.uscc(32));
            assertThat(fullRow.getCell(3).getStringCellValue()).isEqualTo("02;06;11");
            assertThat(fullRow.getCell(4).getStringCellValue()).isEqualTo("C");
            assertThat(fullRow.getCell(9).getStringCellValue()).isEqualTo("王五");
            assertThat(fullRow.getCell(10).getStringCellValue()).isEqualTo("0355-1234567");
        }

        PrintedPages.print(out.toByteArray(), "xlsx").allA4(true)
                .headersOnEveryPage(XlsxTestData.HEADERS.toArray(String[]::new));

        EnterpriseImportReport again = xlsx.importXlsx(new ByteArrayInputStream(out.toByteArray()));
        assertThat(again).isEqualTo(new EnterpriseImportReport(3, 0, 0, 3, List.of()));
        assertThat(enterprises.findByUscc(batch.uscc(30)).orElseThrow().getName()).isEqualTo("<script>alert(1)</script>");
        assertThat(enterprises.findByUscc(batch.uscc(31)).orElseThrow().getName()).isEqualTo("=1+1");
    }

    @Test
    void exportIsLimitedToScopeAndFilter() throws IOException {
        xlsx.importXlsx(new ByteArrayInputStream(xlsxOf(headerRow(),
                row(batch.uscc(40), "东关企业", VILLAGE), row(batch.uscc(41), "西河企业", OTHER_TOWN_VILLAGE))));

        assertThat(column(export(byPrefix(null)), 1)).containsExactlyInAnyOrder("东关企业", "西河企业");
        assertThat(column(export(byPrefix(OTHER_TOWN)), 1)).containsExactly("西河企业");

        signIn("town.aj");
        assertThat(column(export(byPrefix(null)), 1)).containsExactly("东关企业");
        assertThat(column(export(byPrefix(OTHER_TOWN)), 1)).isEmpty();
    }

    @Test
    void rowsOutsideTheOfficialsJurisdictionAreErrors() throws IOException {
        signIn("town.aj");

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(xlsxOf(headerRow(),
                row(batch.uscc(50), "辖区内", VILLAGE), row(batch.uscc(51), "辖区外", OTHER_TOWN_VILLAGE))));

        assertThat(report).isEqualTo(new EnterpriseImportReport(2, 1, 0, 0,
                List.of(new RowError(3, "所在区划代码", "该区划不在您的管辖范围内"))));
        assertThat(savedUsccs()).containsExactly(batch.uscc(50));
        assertThat(events.stream(EnterprisesImported.class))
                .containsExactly(new EnterprisesImported(me().id(), 1, 0, 1));
    }

    @Test
    void anOfficialCannotTakeOverAnEnterpriseRegisteredOutsideTheJurisdiction() throws IOException {
        xlsx.importXlsx(new ByteArrayInputStream(xlsxOf(headerRow(), row(batch.uscc(52), "西河企业", OTHER_TOWN_VILLAGE))));
        signIn("town.aj");

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(xlsxOf(headerRow(),
                row(batch.uscc(52), "改到东关", VILLAGE))));

        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::reason).containsExactly(
                tuple(2, "统一社会信用代码", "该统一社会信用代码已登记在您的管辖范围之外,不能通过导入修改"));
        Enterprise kept = enterprises.findByUscc(batch.uscc(52)).orElseThrow();
        assertThat(kept.getRegionCode()).isEqualTo(OTHER_TOWN_VILLAGE);
        assertThat(kept.getName()).isEqualTo("西河企业");
        assertThat(kept.getVersion()).isZero();
    }

    @Test
    void rejectsFilesThatAreNotXlsxWhateverTheirName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] text = ("统一社会信用代码,单位名称\n" + batch.uscc(1) + ",某公司\n").getBytes(StandardCharsets.UTF_8);
        assertNotXlsx(png);
        assertNotXlsx(text);
        assertNotXlsx(new byte[0]);
        assertNotXlsx(fakeXlsxZip());
        assertThat(enterprises.existsByUscc(batch.uscc(1))).isFalse();
        assertThat(events.stream(EnterprisesImported.class)).isEmpty();
    }

    @Test
    void acceptsWorkbooksWrittenByPoisStreamingWriterWithZip64Headers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) { // zip64 "always": FileType.detect cannot walk it
            Sheet sheet = wb.createSheet();
            List<List<Object>> rows = List.of(headerRow(), row(batch.uscc(80), "流式写出的文件", VILLAGE));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c).toString());
                }
            }
            wb.write(out);
            wb.dispose();
        }

        assertThat(xlsx.importXlsx(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(new EnterpriseImportReport(1, 1, 0, 0, List.of()));
        assertThat(enterprises.findByUscc(batch.uscc(80)).orElseThrow().getName()).isEqualTo("流式写出的文件");
    }

    @Test
    void rejectsAWrongHeaderNamingIt() {
        List<Object> header = headerRow();
        header.set(2, "类型");

        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(xlsxOf(header,
                row(batch.uscc(60), "某公司", VILLAGE)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("单位类型").hasMessageContaining("类型");
        assertThat(enterprises.existsByUscc(batch.uscc(60))).isFalse();
    }

    @Test
    void rejectsMoreThanTheRowLimitBeforeSavingAnything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < XlsxTestData.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(XlsxTestData.HEADERS.get(c));
            }
            List<Object> valid = row(batch.uscc(90), "第一行有效", VILLAGE);
            Row first = sheet.createRow(1);
            for (int c = 0; c < valid.size(); c++) {
                first.createCell(c).setCellValue(valid.get(c).toString());
            }
            for (int r = 2; r <= EnterpriseXlsx.MAX_DATA_ROWS + 1; r++) {
                sheet.createRow(r).createCell(1).setCellValue("x");
            }
            wb.write(out);
            wb.dispose();
        }

        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("200000");
        assertThat(enterprises.existsByUscc(batch.uscc(90))).isFalse();
    }

    @Test
    void onlyOfficialsAndAdministratorsMayImport() {
        byte[] file = xlsxOf(headerRow(), row(batch.uscc(70), "某公司", VILLAGE));

        signIn("ent.a.boss");
        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(file)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("expert1");
        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(file)))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(enterprises.existsByUscc(batch.uscc(70))).isFalse();
    }

    // --- helpers

    private void signIn(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static CurrentUser me() {
        return (CurrentUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    /** This test's enterprises, optionally only those in {@code region}. */
    private EnterpriseFilter byPrefix(String region) {
        return new EnterpriseFilter(region, null, null, null, null, batch.prefix());
    }

    private byte[] export(EnterpriseFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.exportXlsx(filter, out);
        return out.toByteArray();
    }

    /** The USCCs of this test's batch that are in the registry. */
    private List<String> savedUsccs() {
        return jdbc.queryForList("select uscc from directory_enterprise where uscc like ?", String.class,
                batch.prefix() + "%");
    }

    private void assertNotXlsx(byte[] bytes) {
        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(bytes)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field() + ":" + v.message()).containsExactly("file:不是有效的 xlsx 文件"));
    }

    /** A zip that passes the magic-byte check (an entry under xl/) but is no workbook. */
    static byte[] fakeXlsxZip() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
                zip.write("<not a workbook".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
