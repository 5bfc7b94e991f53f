package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/** 风险管控清单 xlsx: export layout, export → import round trip, new rows, invalid rows, non-xlsx, scope. */
@ZhibenTest
class RiskSheetTest {

    private static final String SAFETY = "ent.a.safety";
    private static final List<String> HEADERS = List.of("分析对象", "对象类型", "是否重大危险源", "危险源编码", "分析单元",
            "管控层级", "责任部门", "责任人", "风险事件", "危害因素代码", "可能事故类型", "评价方法", "评价输入", "风险值", "风险等级",
            "工程技术措施", "维护保养措施", "操作行为措施", "应急措施", "措施责任人");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;

    private RiskApi api;
    private UUID a;

    @BeforeEach
    void setUp() {
        api = new RiskApi(mvc, json);
        a = ((CurrentUser) userDetails.loadUserByUsername(SAFETY)).enterpriseId();
    }

    private byte[] export(String username) throws Exception {
        return mvc.perform(get("/risk/enterprises/" + a + "/inventory.xlsx").with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < HEADERS.size(); i++) {
                    values.add(row.getCell(i) == null ? "" : fmt.formatCellValue(row.getCell(i)));
                }
                if (!rows.isEmpty() || values.equals(HEADERS)) { // the title block above the header left out
                    rows.add(values);
                }
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("安全风险分级管控清单");
            assertThat(wb.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
        return rows;
    }

    private static byte[] sheet(List<List<String>> data) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            List<List<String>> all = new ArrayList<>();
            all.add(HEADERS);
            all.addAll(data);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < all.get(r).size(); i++) {
                    if (!all.get(r).get(i).isEmpty()) {
                        row.createCell(i).setCellValue(all.get(r).get(i));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private String importApi(byte[] file, String username) throws Exception {
        return mvc.perform(multipart("/api/v1/risk/enterprises/" + a + "/inventory/import")
                        .file(new MockMultipartFile("file", "清单.xlsx", "application/octet-stream", file))
                        .with(RiskApi.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A full row; the map overrides columns by header. */
    private static List<String> row(Map<String, String> values) {
        List<String> row = new ArrayList<>();
        for (String h : HEADERS) {
            row.add(values.getOrDefault(h, ""));
        }
        return row;
    }

    @Test
    void exportHasOneRowPerEventWithMeasuresByCategoryAndTheCurrentAssessment() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String object = api.object(a, "导出对象" + suffix, SAFETY);
        String unit = api.unit(object, "导出单元" + suffix, SAFETY);
        String event = api.event(unit, "导出事件" + suffix, SAFETY);
        api.measure(event, "导出措施一" + suffix, SAFETY);
        api.measure(event, "导出措施二" + suffix, SAFETY);
        api.assessOk(event, "INHERENT", "LEC", SAFETY, "l", 6, "e", 6, "c", 15);
        api.unit(object, "空单元" + suffix, SAFETY);

        List<List<String>> rows = rows(export(SAFETY));
        assertThat(rows.get(0)).isEqualTo(HEADERS);
        List<String> e = rows.stream().filter(r -> r.get(8).equals("导出事件" + suffix)).findFirst().orElseThrow();
        assertThat(e).isEqualTo(row(Map.ofEntries(Map.entry("分析对象", "导出对象" + suffix), Map.entry("对象类型", "设备设施"),
                Map.entry("是否重大危险源", "否"), Map.entry("分析单元", "导出单元" + suffix), Map.entry("管控层级", "车间"),
                Map.entry("责任部门", "测试车间"), Map.entry("责任人", "测试员"), Map.entry("风险事件", "导出事件" + suffix),
                Map.entry("危害因素代码", "2101"), Map.entry("可能事故类型", "物体打击;机械伤害"), Map.entry("评价方法", "LEC"),
                Map.entry("评价输入", "L=6;E=6;C=15"), Map.entry("风险值", "540"), Map.entry("风险等级", "重大"),
                Map.entry("工程技术措施", "导出措施一" + suffix + ";导出措施二" + suffix), Map.entry("措施责任人", "测试员;测试员"))));
        // a unit without events still has its row
        assertThat(rows).anyMatch(r -> r.get(4).equals("空单元" + suffix) && r.get(8).isEmpty());
        // printed: A4 landscape, every column on the page width under its header
        PrintedPages.print(export(SAFETY), "xlsx").allA4(true).headersOnEveryPage(HEADERS.toArray(String[]::new));
    }

    @Test
    void reimportingTheExportChangesNothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String event = api.event(api.unit(api.object(a, "往返对象" + suffix, SAFETY), "往返单元" + suffix, SAFETY),
                "往返事件" + suffix, SAFETY);
        api.assessOk(event, "INHERENT", "LS", SAFETY, "l", 4, "s", 4);
        byte[] first = export(SAFETY);
        List<List<String>> before = rows(first);

        String report = importApi(first, SAFETY);
        assertThat((Integer) JsonPath.read(report, "$.rows")).as(report + before).isEqualTo(before.size() - 1);
        assertThat((Integer) JsonPath.read(report, "$.saved")).as(report).isEqualTo(before.size() - 1);
        assertThat((List<?>) JsonPath.read(report, "$.errors")).isEmpty();
        for (String count : List.of("objectsCreated", "unitsCreated", "eventsCreated", "measuresCreated",
                "assessmentsRecorded")) {
            assertThat((Integer) JsonPath.read(report, "$." + count)).as(count + " in " + report).isZero();
        }
        assertThat(rows(export(SAFETY))).isEqualTo(before);
    }

    @Test
    void newRowsCreateTheInventoryAndInvalidRowsAreReportedWithoutHalfWrites() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> base = Map.of("分析对象", "导入对象" + s, "对象类型", "作业活动", "分析单元", "导入单元" + s,
                "管控层级", "岗位", "责任人", "导入员", "危害因素代码", "2101", "可能事故类型", "机械伤害");
        List<List<String>> data = List.of(
                // row 2: new object, unit, event with two measures and a LEC assessment
                row(with(base, "风险事件", "导入事件" + s, "评价方法", "LEC", "评价输入", "L=3;E=6;C=7",
                        "工程技术措施", "防护罩" + s, "应急措施", "急停" + s, "措施责任人", "甲;乙")),
                // row 3: unknown control level
                row(with(base, "风险事件", "坏层级" + s, "管控层级", "科室")),
                // row 4: method outside the list
                row(with(base, "风险事件", "坏方法" + s, "评价方法", "AHP", "评价输入", "L=1")),
                // row 5: LEC value outside the configured list (L=7): nothing of the row stays
                row(with(base, "分析单元", "新单元" + s, "风险事件", "坏取值" + s, "评价方法", "LEC", "评价输入", "L=7;E=6;C=15")),
                // row 6: missing object name
                row(with(base, "分析对象", "", "风险事件", "无对象" + s)),
                // row 7: bad hazard factor code
                row(with(base, "风险事件", "坏代码" + s, "危害因素代码", "5101")),
                // row 8: unknown level
                row(with(base, "风险事件", "坏等级" + s, "风险等级", "特大")),
                // row 9: same event again: matched, nothing new
                row(with(base, "风险事件", "导入事件" + s, "评价方法", "LEC", "评价输入", "L=3;E=6;C=7",
                        "工程技术措施", "防护罩" + s)),
                // row 10: a factor given twice (the second would quietly lower the level)
                row(with(base, "风险事件", "重复因子" + s, "评价方法", "LEC", "评价输入", "L=6;E=6;C=15;L=1")));
        String report = importApi(sheet(data), SAFETY);
        assertThat((Integer) JsonPath.read(report, "$.rows")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(report, "$.saved")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(report, "$.objectsCreated")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(report, "$.unitsCreated")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(report, "$.eventsCreated")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(report, "$.measuresCreated")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(report, "$.assessmentsRecorded")).isEqualTo(1);
        List<Map<String, Object>> errors = JsonPath.read(report, "$.errors");
        assertThat(errors).extracting(e -> e.get("row") + " " + e.get("column")).containsExactly(
                "3 管控层级", "4 评价方法", "5 评价输入", "6 分析对象", "7 危害因素代码", "8 风险等级", "10 评价输入");
        assertThat(errors.get(6).get("reason").toString()).contains("出现了两次");
        assertThat(errors.get(0).get("reason").toString()).contains("科室");
        assertThat(errors.get(2).get("reason").toString()).contains("0.1").contains("7");
        assertThat(errors.get(4).get("reason").toString()).contains("首位");

        List<List<String>> exported = rows(export(SAFETY));
        List<String> imported = exported.stream().filter(r -> r.get(8).equals("导入事件" + s)).findFirst().orElseThrow();
        assertThat(imported.get(5)).isEqualTo("岗位");
        assertThat(imported.get(13)).isEqualTo("126"); // 3 × 6 × 7
        assertThat(imported.get(14)).isEqualTo("一般"); // 70 < 126 ≤ 160
        assertThat(imported.get(15)).isEqualTo("防护罩" + s);
        assertThat(imported.get(18)).isEqualTo("急停" + s);
        assertThat(imported.get(19)).isEqualTo("甲;乙");
        // the failed row left neither its new unit nor its event
        assertThat(exported).noneMatch(r -> r.get(4).equals("新单元" + s) || r.get(8).startsWith("坏"));
    }

    @Test
    void nonXlsxFilesAndOutsidersAreRefused() throws Exception {
        mvc.perform(multipart("/api/v1/risk/enterprises/" + a + "/inventory/import")
                        .file(new MockMultipartFile("file", "清单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "分析对象,对象类型\n".getBytes()))
                        .with(RiskApi.as(SAFETY)))
                .andExpect(status().isBadRequest());
        String page = mvc.perform(multipart("/risk/enterprises/" + a + "/inventory/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "%PDF-1.4".getBytes()))
                        .with(user(userDetails.loadUserByUsername(SAFETY))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不是有效的 xlsx 文件");
        byte[] empty = sheet(List.of());
        mvc.perform(multipart("/api/v1/risk/enterprises/" + a + "/inventory/import")
                .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", empty))
                .with(RiskApi.as("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/risk/enterprises/" + a + "/inventory/import")
                .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", empty))
                .with(RiskApi.as("town.aj"))).andExpect(status().isForbidden());
    }

    private static Map<String, String> with(Map<String, String> base, String... kv) {
        Map<String, String> m = new java.util.HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
