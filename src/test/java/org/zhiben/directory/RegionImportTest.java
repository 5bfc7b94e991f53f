package org.zhiben.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;

/**
 * The all-or-nothing region CSV import. Only codes under 示范区 (990102) that no other test uses are added, so the
 * rest of the demo tree stays as the other tests expect it.
 */
@ZhibenTest
class RegionImportTest {

    private static final String HEADER = "code,name,parent_code\n";

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor admin() {
        return httpBasic("admin", "Demo@12345");
    }

    private ResultActions importCsv(String csv, RequestPostProcessor as) throws Exception {
        return mvc.perform(multipart("/api/v1/admin/regions/import")
                .file(new MockMultipartFile("file", "regions.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as));
    }

    private ResultActions children(String code) throws Exception {
        return mvc.perform(get("/api/v1/regions/{code}/children", code).with(admin()));
    }

    @Test
    void validCsvAddsATownAndAVillage() throws Exception {
        importCsv(HEADER + "990102101000,集成测试镇,990102000000\n990102101201,集成测试村委会,990102101000\n", admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.saved").value(2))
                .andExpect(jsonPath("$.errors.length()").value(0));
        children("990102000000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(contains("990102100000", "990102101000")))
                .andExpect(jsonPath("$[1].name").value("集成测试镇"))
                .andExpect(jsonPath("$[1].level").value(4));
        children("990102101000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(contains("990102101201")))
                .andExpect(jsonPath("$[0].parentCode").value("990102101000"))
                .andExpect(jsonPath("$[0].level").value(5));
    }

    @Test
    void cyclesAreRejectedAndNothingIsSaved() throws Exception {
        importCsv(HEADER
                + "990102102000,循环甲镇,990102102001\n"
                + "990102102001,循环乙村,990102102000\n"
                + "990102103000,自指镇,990102103000\n"
                + "990102104000,本应有效的镇,990102000000\n", admin())
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.saved").value(0))
                .andExpect(jsonPath("$.errors[*].row").value(contains(2, 3, 4)))
                .andExpect(jsonPath("$.errors[*].reason").value(everyItem(containsString("循环"))));
        children("990102104000").andExpect(status().isNotFound());
        children("990102102000").andExpect(status().isNotFound());
        children("990102103000").andExpect(status().isNotFound());
    }

    @Test
    void orphanIsRejected() throws Exception {
        importCsv(HEADER + "880101100000,孤儿镇,880101000000\n", admin())
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.saved").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("parent_code"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("孤儿")));
        children("880101100000").andExpect(status().isNotFound());
    }

    @Test
    void badStructureIsReportedWithRowNumbers() throws Exception {
        importCsv(HEADER
                + "990102105000,结构正确的镇,990102000000\n"
                + "990102000001,结构错误,990102000000\n"
                + "99010210100,十一位,990102000000\n", admin())
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.saved").value(0))
                .andExpect(jsonPath("$.errors[*].row").value(contains(3, 4)))
                .andExpect(jsonPath("$.errors[0].column").value("code"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("结构错误")))
                .andExpect(jsonPath("$.errors[1].column").value("code"))
                .andExpect(jsonPath("$.errors[1].reason").value("区划代码应为12位数字"));
        children("990102105000").andExpect(status().isNotFound());
    }

    @Test
    void parentThatIsNotAnAncestorIsRejected() throws Exception {
        importCsv(HEADER + "990102106000,挂错上级的镇,990101000000\n", admin())
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value("上级代码 990101000000 不是 990102106000 的上级区划"));
        children("990102106000").andExpect(status().isNotFound());
    }

    @Test
    void duplicateCodeInTheFileIsRejected() throws Exception {
        importCsv(HEADER + "990102107000,重复镇甲,990102000000\n990102107000,重复镇乙,990102000000\n", admin())
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("代码重复(第2行已有)"));
        children("990102107000").andExpect(status().isNotFound());
    }

    @Test
    void importIsForAdministratorsOnly() throws Exception {
        importCsv(HEADER + "990102108000,越权导入的镇,990102000000\n", httpBasic("city.yjj", "Demo@12345"))
                .andExpect(status().isForbidden());
        children("990102108000").andExpect(status().isNotFound());
    }
}
