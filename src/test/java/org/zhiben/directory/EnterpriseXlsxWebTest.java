package org.zhiben.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhiben.directory.XlsxTestData.OTHER_TOWN_VILLAGE;
import static org.zhiben.directory.XlsxTestData.VILLAGE;
import static org.zhiben.directory.XlsxTestData.cells;
import static org.zhiben.directory.XlsxTestData.column;
import static org.zhiben.directory.XlsxTestData.headerRow;
import static org.zhiben.directory.XlsxTestData.row;
import static org.zhiben.directory.XlsxTestData.xlsxOf;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.directory.XlsxTestData.Batch;
import org.zhiben.directory.internal.EnterpriseRepository;
import org.zhiben.identity.CurrentUser;

/**
 * The xlsx import API and page and the export download, through MockMvc as the demo users. Each test imports under
 * its own {@link Batch} of USCCs and exports with a filter only its own records match.
 */
@ZhibenTest
class EnterpriseXlsxWebTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
        'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    Enterprises registry;

    private final Batch batch = Batch.next();

    private CurrentUser principal(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, "Demo@12345");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, XLSX, content);
    }

    private ResultActions apiImport(MockMultipartFile file, RequestPostProcessor as) throws Exception {
        return mvc.perform(multipart("/api/v1/enterprises/import").file(file).with(as));
    }

    /** Row 2 valid (in 东关镇), row 3 with a wrong check character. */
    private byte[] oneValidOneInvalid(String name) {
        String valid = batch.uscc(1);
        String badCheck = batch.uscc(2).substring(0, 17) + (batch.uscc(2).charAt(17) == '0' ? '1' : '0');
        return xlsxOf(headerRow(), row(valid, name, VILLAGE), row(badCheck, name + "(校验位错)", VILLAGE));
    }

    private String expectedCheckCharacterMessage() {
        return "校验位错误,应为" + batch.uscc(2).charAt(17);
    }

    private byte[] export(String q, RequestPostProcessor as) throws Exception {
        return mvc.perform(get("/enterprises/export.xlsx").param("q", q).with(as))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void apiImportSavesTheValidRowAndReportsTheInvalidOneAsJson() throws Exception {
        apiImport(file("企业.xlsx", oneValidOneInvalid("接口导入测试有限公司")), api("county.yjj"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("统一社会信用代码"))
                .andExpect(jsonPath("$.errors[0].reason").value(expectedCheckCharacterMessage()));

        assertThat(enterprises.findByUscc(batch.uscc(1))).get().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("接口导入测试有限公司");
            assertThat(e.getRegionCode()).isEqualTo(VILLAGE);
        });
    }

    @Test
    void apiRejectsAPngNamedXlsxAsProblemDetail() throws Exception {
        apiImport(file("企业.xlsx", PNG), api("county.yjj"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("不是有效的 xlsx 文件"));
    }

    @Test
    void enterprisePrincipalMayNotImportThroughTheApi() throws Exception {
        apiImport(file("企业.xlsx", oneValidOneInvalid("越权导入测试有限公司")), api("ent.a.boss"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        assertThat(enterprises.existsByUscc(batch.uscc(1))).isFalse();
    }

    @Test
    void exportDownloadsTheFilteredListAsAnXlsxAttachment() throws Exception {
        String name = "导出测试" + batch.tag();
        apiImport(file("企业.xlsx", xlsxOf(headerRow(), row(batch.uscc(1), name + "甲", VILLAGE),
                row(batch.uscc(2), name + "乙", OTHER_TOWN_VILLAGE), row(batch.uscc(3), "未匹配企业", VILLAGE))),
                api("county.yjj"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));

        var response = mvc.perform(get("/enterprises/export.xlsx").param("q", name)
                        .with(user(principal("county.yjj"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment;")))
                .andReturn().getResponse();

        ContentDisposition disposition = ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename())
                .isEqualTo("企业名单-" + registry.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
        List<List<String>> rows = cells(response.getContentAsByteArray());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(XlsxTestData.HEADERS);
        assertThat(rows.subList(1, 3)).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(5))
                .containsExactlyInAnyOrder(batch.uscc(1) + " " + name + "甲 " + VILLAGE,
                        batch.uscc(2) + " " + name + "乙 " + OTHER_TOWN_VILLAGE);
    }

    @Test
    void enterpriseBExportsOnlyItsOwnEnterpriseNeverEnterpriseA() throws Exception {
        String usccA = enterprises.findById(principal("ent.a.boss").enterpriseId()).orElseThrow().getUscc();
        String usccB = enterprises.findById(principal("ent.b.boss").enterpriseId()).orElseThrow().getUscc();
        RequestPostProcessor b = user(principal("ent.b.boss"));

        byte[] all = mvc.perform(get("/enterprises/export.xlsx").with(b))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(column(all, 0)).containsExactly(usccB).doesNotContain(usccA);
        assertThat(column(all, 1)).containsExactly("示范化工有限公司");

        byte[] searchedForA = export(usccA, b);
        assertThat(cells(searchedForA)).containsExactly(XlsxTestData.HEADERS);
    }

    @Test
    void importPageShowsTheSummaryAndTheErrorTable() throws Exception {
        mvc.perform(multipart("/enterprises/import").file(file("企业.xlsx", oneValidOneInvalid("页面导入测试有限公司")))
                        .with(csrf()).with(user(principal("county.yjj"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("共 2 行:新增 1 家,更新 0 家,无变化 0 家,失败 1 行")))
                .andExpect(content().string(containsString(
                        "<td>3</td><td>统一社会信用代码</td><td>" + expectedCheckCharacterMessage() + "</td>")));
        assertThat(enterprises.findByUscc(batch.uscc(1)).orElseThrow().getName()).isEqualTo("页面导入测试有限公司");
    }

    @Test
    void importPageShowsWhyAFileIsRejected() throws Exception {
        mvc.perform(multipart("/enterprises/import").file(file("企业.xlsx", PNG))
                        .with(csrf()).with(user(principal("county.yjj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">不是有效的 xlsx 文件</div>")))
                .andExpect(content().string(not(containsString("id=\"import-report\""))));
    }

    @Test
    void importPageIsInChinese() throws Exception {
        mvc.perform(get("/enterprises/import").with(user(principal("county.yjj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>导入企业 - 治本</title>")))
                .andExpect(content().string(containsString("<h1 class=\"h4 my-3\">导入企业</h1>")))
                .andExpect(content().string(containsString("action=\"/enterprises/import\"")));
    }
}
