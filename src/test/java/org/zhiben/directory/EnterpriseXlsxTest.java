package org.zhiben.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.Uscc;
import org.zhiben.directory.internal.Enterprise;
import org.zhiben.directory.internal.EnterpriseRepository;
import org.zhiben.directory.internal.EnterpriseSheetLayout;
import org.zhiben.directory.internal.Region;
import org.zhiben.directory.internal.RegionRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Xlsx-Test@12345",
        "zhiben.files.root=target/test-files",
        "spring.datasource.url=jdbc:h2:mem:xlsx;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@RecordApplicationEvents
class EnterpriseXlsxTest {

    static final String VILLAGE = "140403001001";
    static final String OTHER_TOWN_VILLAGE = "140403002001";
    static final List<String> HEADERS = EnterpriseSheetLayout.COLUMNS.stream()
            .map(EnterpriseSheetLayout.Column::header).toList();

    @Autowired
    EnterpriseXlsx xlsx;
    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    RegionRepository regions;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void setUp() {
        regions.saveAll(List.of(
                new Region(RegionCode.of("140000000000"), "山西省", null),
                new Region(RegionCode.of("140400000000"), "长治市", "140000000000"),
                new Region(RegionCode.of("140403000000"), "潞州区", "140400000000"),
                new Region(RegionCode.of("140403001000"), "东街街道", "140403000000"),
                new Region(RegionCode.of("140403002000"), "西街街道", "140403000000"),
                new Region(RegionCode.of(VILLAGE), "东街社区", "140403001000"),
                new Region(RegionCode.of(OTHER_TOWN_VILLAGE), "西街社区", "140403002000")));
        jdbc.update("delete from directory_enterprise_sector");
        jdbc.update("delete from directory_enterprise");
        signIn(Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void savesValidRowsAndReportsInvalidOnesWithRowColumnAndReason() throws IOException {
        String good1 = uscc(1);
        String good2 = uscc(2);
        String badCheck = good1.substring(0, 17) + (good1.charAt(17) == '0' ? '1' : '0');
        String forbidden = "91140403I" + uscc(3).substring(9);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADERS));
        rows.add(row(good1, "潞州化工有限公司", VILLAGE));                                   // 2 ok
        List<Object> numeric = row(good2, "东街小学", 140403001001L);                       // 3 ok, numbers typed as numbers
        numeric.set(8, 13800138000L);
        numeric.set(3, 2);
        rows.add(numeric);
        rows.add(row(badCheck, "校验位错", VILLAGE));                                         // 4
        rows.add(row(uscc(4).toLowerCase(), "小写代码", VILLAGE));                            // 5
        rows.add(row(forbidden, "禁用字母", VILLAGE));                                        // 6
        rows.add(Arrays.<Object>asList(" ", "", "", ""));                                           // 7 blank, skipped
        rows.add(row(uscc(5), "区划不存在", "140403001399"));                                 // 8
        rows.add(row(uscc(6), "区划格式错", "14040300100"));                                  // 9
        List<Object> badType = row(uscc(7), "类型错", VILLAGE);                               // 10
        badType.set(2, "工厂");
        rows.add(badType);

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));

        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.updated()).isZero();
        assertThat(report.failed()).isEqualTo(6);
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(4, "统一社会信用代码"), tuple(5, "统一社会信用代码"), tuple(6, "统一社会信用代码"),
                tuple(8, "所在区划代码"), tuple(9, "所在区划代码"), tuple(10, "单位类型"));
        assertThat(report.errors().get(0).reason()).contains("校验位错误");
        assertThat(report.errors().get(1).reason()).contains("不允许");
        assertThat(report.errors().get(2).reason()).contains("“I”");
        assertThat(report.errors().get(3).reason()).contains("区划代码不存在");
        assertThat(report.errors().get(4).reason()).contains("12位数字");
        assertThat(report.errors().get(5).reason()).contains("工厂");

        Enterprise school = enterprises.findByUscc(good2).orElseThrow();
        assertThat(school.getRegionCode()).isEqualTo(VILLAGE);
        assertThat(school.getPrincipalPhone()).isEqualTo("13800138000");
        assertThat(jdbc.queryForList("select sector_code from directory_enterprise_sector where enterprise_id = ?",
                String.class, school.getId())).containsExactly("02");
        assertThat(enterprises.count()).isEqualTo(2);
        assertThat(audit.historyOf("Enterprise", school.getId().toString()))
                .extracting(e -> e.action()).containsExactly("CREATE");
        assertThat(events.stream(EnterprisesImported.class))
                .containsExactly(new EnterprisesImported(currentUserId, 2, 0, 6));
    }

    @Test
    void aUsccRepeatedInTheFileIsAnErrorOnTheLaterRow() throws IOException {
        List<List<Object>> rows = List.of(HEADERS.stream().<Object>map(h -> h).toList(),
                row(uscc(10), "甲公司", VILLAGE), row(uscc(11), "乙公司", VILLAGE), row(uscc(10), "甲公司(重复)", VILLAGE));

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.errors()).containsExactly(new RowError(4, "统一社会信用代码", "文件内重复,与第2行相同"));
        assertThat(enterprises.findByUscc(uscc(10)).orElseThrow().getName()).isEqualTo("甲公司");
    }

    @Test
    void reImportIsIdempotentOnUsccAndAppliesChanges() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADERS));
        for (int i = 20; i < 23; i++) {
            rows.add(row(uscc(i), "企业" + i, VILLAGE));
        }
        assertThat(xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))).created()).isEqualTo(3);

        EnterpriseImportReport again = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));
        assertThat(again).isEqualTo(new EnterpriseImportReport(3, 0, 0, 3, List.of()));
        assertThat(enterprises.count()).isEqualTo(3);

        rows.get(2).set(1, "企业21(已更名)");
        rows.get(2).set(15, "一级");
        EnterpriseImportReport changed = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));
        assertThat(changed).isEqualTo(new EnterpriseImportReport(3, 0, 1, 2, List.of()));
        assertThat(enterprises.count()).isEqualTo(3);
        Enterprise renamed = enterprises.findByUscc(uscc(21)).orElseThrow();
        assertThat(renamed.getName()).isEqualTo("企业21(已更名)");
        assertThat(renamed.getStandardizationGrade()).isEqualTo(StandardizationGrade.GRADE_1);
        assertThat(renamed.getVersion()).isEqualTo(1L);
        assertThat(audit.historyOf("Enterprise", renamed.getId().toString()))
                .extracting(e -> e.action()).containsExactly("UPDATE", "CREATE");
    }

    @Test
    void exportReImportsUnchangedAndKeepsTextLiteral() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADERS));
        rows.add(row(uscc(30), "<script>alert(1)</script>", VILLAGE));
        rows.add(row(uscc(31), "=1+1", VILLAGE));
        List<Object> full = row(uscc(32), "全字段企业", VILLAGE);
        full.set(3, "02;06、11");
        full.set(4, "c");
        full.set(9, "王五");
        full.set(10, "0355-1234567");
        full.set(14, "否");
        rows.add(full);
        assertThat(xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))).created()).isEqualTo(3);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.exportXlsx(EnterpriseFilter.none(), out);

        try (XSSFWorkbook exported = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = exported.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADERS.get(i));
                assertThat(exported.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                XSSFCell name = sheet.getRow(r).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                names.add(name.getStringCellValue());
                assertThat(sheet.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(names).containsExactlyInAnyOrder("<script>alert(1)</script>", "=1+1", "全字段企业");
            Row fullRow = sheet.getRow(1 + names.indexOf("全字段企业"));
            assertThat(fullRow.getCell(3).getStringCellValue()).isEqualTo("02;06;11");
            assertThat(fullRow.getCell(4).getStringCellValue()).isEqualTo("C");
            assertThat(fullRow.getCell(10).getStringCellValue()).isEqualTo("0355-1234567");
        }

        EnterpriseImportReport again = xlsx.importXlsx(new ByteArrayInputStream(out.toByteArray()));
        assertThat(again).isEqualTo(new EnterpriseImportReport(3, 0, 0, 3, List.of()));
        assertThat(enterprises.findByUscc(uscc(30)).orElseThrow().getName()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void exportIsLimitedToScopeAndFilter() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADERS));
        rows.add(row(uscc(40), "东街企业", VILLAGE));
        rows.add(row(uscc(41), "西街企业", OTHER_TOWN_VILLAGE));
        xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));

        signIn(Role.OFFICIAL, "140403001000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.exportXlsx(EnterpriseFilter.none(), out);
        assertThat(names(out.toByteArray())).containsExactly("东街企业");

        signIn(Role.ADMIN, null);
        out.reset();
        xlsx.exportXlsx(new EnterpriseFilter("140403002000", null, null, null, null, null), out);
        assertThat(names(out.toByteArray())).containsExactly("西街企业");
    }

    @Test
    void rowsOutsideTheOfficialsJurisdictionAreErrors() throws IOException {
        signIn(Role.OFFICIAL, "140403001000");
        List<List<Object>> rows = List.of(HEADERS.stream().<Object>map(h -> h).toList(),
                row(uscc(50), "辖区内", VILLAGE), row(uscc(51), "辖区外", OTHER_TOWN_VILLAGE));

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(workbook(rows)));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(tuple(3, "所在区划代码"));
        assertThat(report.errors().get(0).reason()).contains("管辖范围");
    }

    @Test
    void anOfficialCannotTakeOverAnEnterpriseRegisteredOutsideTheJurisdiction() throws IOException {
        xlsx.importXlsx(new ByteArrayInputStream(workbook(List.of(HEADERS.stream().<Object>map(h -> h).toList(),
                row(uscc(52), "西街企业", OTHER_TOWN_VILLAGE)))));
        signIn(Role.OFFICIAL, "140403001000");

        EnterpriseImportReport report = xlsx.importXlsx(new ByteArrayInputStream(workbook(List.of(
                HEADERS.stream().<Object>map(h -> h).toList(), row(uscc(52), "改到东街", VILLAGE)))));

        assertThat(report.updated()).isZero();
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(tuple(2, "统一社会信用代码"));
        assertThat(enterprises.findByUscc(uscc(52)).orElseThrow().getRegionCode()).isEqualTo(OTHER_TOWN_VILLAGE);
    }

    @Test
    void rejectsFilesThatAreNotXlsxWhateverTheirName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] text = "统一社会信用代码,单位名称\n91140403MA0000001X,某公司\n".getBytes();
        assertNotXlsx(png);
        assertNotXlsx(text);
        assertNotXlsx(new byte[0]);
        assertNotXlsx(fakeXlsxZip());
        assertThat(enterprises.count()).isZero();
    }

    @Test
    void acceptsWorkbooksWrittenByPoisStreamingWriterWithZip64Headers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) { // zip64 "always": FileType.detect cannot walk it
            Sheet sheet = wb.createSheet();
            List<List<Object>> rows = List.of(HEADERS.stream().<Object>map(h -> h).toList(),
                    row(uscc(80), "流式写出的文件", VILLAGE));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c).toString());
                }
            }
            wb.write(out);
            wb.dispose();
        }

        assertThat(xlsx.importXlsx(new ByteArrayInputStream(out.toByteArray())).created()).isEqualTo(1);
    }

    @Test
    void rejectsAWrongHeaderNamingIt() {
        List<Object> header = new ArrayList<>(HEADERS);
        header.set(2, "类型");
        List<List<Object>> rows = List.of(header, row(uscc(60), "某公司", VILLAGE));

        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("单位类型").hasMessageContaining("类型");
        assertThat(enterprises.count()).isZero();
    }

    @Test
    void rejectsMoreThanTheRowLimitBeforeSavingAnything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            List<Object> valid = row(uscc(90), "第一行有效", VILLAGE);
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
        assertThat(enterprises.count()).isZero();
    }

    @Test
    void onlyOfficialsAndAdministratorsMayImport() {
        signIn(Role.ENTERPRISE_PRINCIPAL, null);
        List<List<Object>> rows = List.of(HEADERS.stream().<Object>map(h -> h).toList(), row(uscc(70), "某公司", VILLAGE));

        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> xlsx.importXlsx(new ByteArrayInputStream(workbook(rows))))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- helpers

    UUID currentUserId;

    void signIn(Role role, String regionCode) {
        currentUserId = UUID.randomUUID();
        CurrentUser user = new CurrentUser(currentUserId, role.name().toLowerCase(), "测试用户", role, regionCode,
                null, role.isEnterpriseRole() ? UUID.randomUUID() : null, true, false, false, "x");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    void assertNotXlsx(byte[] bytes) {
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
                zip.write("<not a workbook".getBytes());
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String uscc(int n) {
        String first17 = "91140403" + String.format("MA%07d", n);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** A valid row; index = column. */
    static List<Object> row(String uscc, String name, Object region) {
        return new ArrayList<>(Arrays.asList(uscc, name, "厂矿(企业)", "02", "", region, "东街1号", "张三",
                "13900000000", "", "", "李四", "", "规上", "是", "二级", "在营"));
    }

    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("企业");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null && !v.toString().isEmpty()) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names(byte[] xlsxBytes) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes))) {
            List<String> names = new ArrayList<>();
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            return names;
        }
    }
}
