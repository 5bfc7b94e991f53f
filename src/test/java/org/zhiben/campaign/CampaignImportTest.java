package org.zhiben.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/** Importing a plan's tasks from the documented xlsx layout: all rows or none, each bad row named. */
@ZhibenTest
class CampaignImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private static byte[] sheet(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("任务");
            for (int i = 0; i < rows.size(); i++) {
                var r = s.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    r.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final List<String> HEADER = List.of("行动", "编号", "任务", "责任单位", "配合单位", "时限", "行业领域");

    private String plan() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/campaign/plans")
                .with(httpBasic("town.aj", "Demo@12345")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(CampaignApiTest.plan("990101100000", "TOWN", "东关镇方案(导入)", null))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void duplicateNumbersAndMissingLeadsAreRowErrorsAndNothingIsSaved() throws Exception {
        String plan = plan();
        byte[] bad = sheet(List.of(HEADER,
                List.of("开展重大事故隐患动态清零行动", "1", "健全自查自改机制", "镇工业办", "区划:990101100201", "2024年6月底前:机制建立", ""),
                List.of("开展重大事故隐患动态清零行动", "1", "重复编号的任务", "镇工业办", "", "2024年底前", ""),
                List.of("开展安全工程治理行动", "2", "没有责任单位", "", "派出所", "2025年底前", ""),
                List.of("开展安全工程治理行动", "3", "时限早于方案", "镇工业办", "", "2023年底前", "99")));
        mvc.perform(multipart("/api/v1/campaign/plans/" + plan + "/tasks/import")
                .file(new MockMultipartFile("file", "方案.xlsx", "application/octet-stream", bad))
                .with(httpBasic("town.aj", "Demo@12345"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("编号"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("责任单位/配合单位"))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].column").value(org.hamcrest.Matchers.hasItems("时限", "行业领域")));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/campaign/plans/" + plan + "/tasks")
                .with(httpBasic("town.aj", "Demo@12345"))).andExpect(jsonPath("$.length()").value(0));

        byte[] good = sheet(List.of(HEADER,
                List.of("开展重大事故隐患动态清零行动", "1", "健全自查自改机制", "镇工业办", "区划:990101100201", "2024年6月底前:机制建立；2024-12-31", "03"),
                List.of("开展安全工程治理行动", "2", "自建房安全隐患整治", "镇工业办、部门:示范县住房和城乡建设局", "", "2025年5月底前:整治全覆盖", "")));
        mvc.perform(multipart("/api/v1/campaign/plans/" + plan + "/tasks/import")
                .file(new MockMultipartFile("file", "方案.xlsx", "application/octet-stream", good))
                .with(httpBasic("town.aj", "Demo@12345"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.errors.length()").value(0));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/campaign/plans/" + plan + "/tasks")
                .with(httpBasic("town.aj", "Demo@12345"))).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].milestones[0].dueDate").value("2024-06-30"))
                .andExpect(jsonPath("$[0].milestones[1].dueDate").value("2024-12-31"))
                .andExpect(jsonPath("$[0].units[1].name").value("东关村委会"))
                .andExpect(jsonPath("$[1].units[1].name").value("示范县住房和城乡建设局"))
                .andExpect(jsonPath("$[1].action").value("3、开展安全工程治理行动"));
        mvc.perform(multipart("/api/v1/campaign/plans/" + plan + "/tasks/import")
                .file(new MockMultipartFile("file", "方案.xlsx", "application/octet-stream", "not a workbook".getBytes()))
                .with(httpBasic("town.aj", "Demo@12345"))).andExpect(status().isBadRequest());
    }
}
