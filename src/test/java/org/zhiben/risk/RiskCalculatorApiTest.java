package org.zhiben.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;

/** The calculators API: any authenticated user, values from the lists only, problem details naming what is allowed. */
@ZhibenTest
class RiskCalculatorApiTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor county() {
        return httpBasic("county.yjj", "Demo@12345");
    }

    private ResultActions calculate(String calculator, String json, RequestPostProcessor as) throws Exception {
        return mvc.perform(post("/api/v1/risk/calculators/" + calculator).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void lecGradesTheProduct() throws Exception {
        // 10 × 6 × 7 = 420 > 320
        calculate("lec", "{\"l\":10,\"e\":6,\"c\":7}", county()).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(420))
                .andExpect(jsonPath("$.level").value("重大"))
                .andExpect(jsonPath("$.color").value("red"))
                .andExpect(jsonPath("$.band").value("极其危险"));
        // 10 × 1 × 7 = 70: the top of 20 < D ≤ 70
        calculate("lec", "{\"l\":10,\"e\":1,\"c\":7}", county()).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("低"))
                .andExpect(jsonPath("$.color").value("blue"))
                .andExpect(jsonPath("$.band").value("一般危险"));
        // 0.1 × 0.5 × 1 = 0.05
        calculate("lec", "{\"l\":0.1,\"e\":0.5,\"c\":1}", county()).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(0.05))
                .andExpect(jsonPath("$.band").value("稍有危险"));
    }

    @Test
    void lsAndMesGradeTheirProducts() throws Exception {
        calculate("ls", "{\"l\":3,\"s\":5}", county()).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(15))
                .andExpect(jsonPath("$.level").value("较大"))
                .andExpect(jsonPath("$.color").value("orange"));
        calculate("mes", "{\"m\":3,\"e\":3,\"s\":10}", county()).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(90))
                .andExpect(jsonPath("$.level").value("一般"))
                .andExpect(jsonPath("$.color").value("yellow"));
    }

    @Test
    void aValueOutsideTheListIsA400NamingTheAllowedValues() throws Exception {
        calculate("lec", "{\"l\":7,\"e\":6,\"c\":15}", county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("l"))
                .andExpect(jsonPath("$.errors[0].message", containsString("10、6、3、1、0.5、0.2、0.1")));
        calculate("ls", "{\"l\":6}", county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("l"))
                .andExpect(jsonPath("$.errors[0].message", containsString("5、4、3、2、1")))
                .andExpect(jsonPath("$.errors[1].field").value("s"))
                .andExpect(jsonPath("$.errors[1].message", containsString("未填写")));
        calculate("mes", "{\"m\":2,\"e\":6,\"s\":10}", county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("5、3、1")));
    }

    @Test
    void gb18218IdentifiesAndGrades() throws Exception {
        // 氨 5/10 + 氯 2.5/5 = 1; R = 1.5 · (2·0.5 + 4·0.5) = 4.5 (50 people)
        calculate("gb18218", """
                {"outsidePopulation":50,"substances":[{"name":"氨","quantityTonnes":5},{"name":"氯","quantityTonnes":2.5}]}""",
                county()).andExpect(status().isOk())
                .andExpect(jsonPath("$.sum").value(1.0))
                .andExpect(jsonPath("$.r").value(4.5))
                .andExpect(jsonPath("$.alpha").value(1.5))
                .andExpect(jsonPath("$.level").value("四级"))
                .andExpect(jsonPath("$.major").value(true));
        // by category: W5.3 Q 1000 β 1 → 999/1000 = 0.999: not major, no level
        calculate("gb18218", """
                {"outsidePopulation":0,"substances":[{"category":"W5.3","quantityTonnes":999}]}""", county())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sum").value(0.999))
                .andExpect(jsonPath("$.major").value(false))
                .andExpect(jsonPath("$.level").value(nullValue()));
    }

    @Test
    void gb18218RefusesUnknownSubstancesAndMissingFields() throws Exception {
        calculate("gb18218", """
                {"outsidePopulation":10,"substances":[{"name":"氯","quantityTonnes":1},{"name":"苯乙烯","quantityTonnes":3}]}""",
                county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substances[1].name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("未知物质,请按类别填写")))
                .andExpect(jsonPath("$.errors[0].message", containsString("W5.1、W5.2、W5.3、W5.4")));
        calculate("gb18218", """
                {"substances":[{"name":"氯","quantityTonnes":1}]}""", county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outsidePopulation"));
        calculate("gb18218", """
                {"outsidePopulation":-3,"substances":[{"category":"X9","quantityTonnes":-1}]}""", county())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outsidePopulation"))
                .andExpect(jsonPath("$.errors[1].field").value("substances[0].category"))
                .andExpect(jsonPath("$.errors[2].field").value("substances[0].quantityTonnes"));
    }

    @Test
    void anyAuthenticatedUserMayCalculateButNobodyElse() throws Exception {
        calculate("ls", "{\"l\":1,\"s\":1}", httpBasic("ent.b.boss", "Demo@12345")).andExpect(status().isOk());
        calculate("ls", "{\"l\":1,\"s\":1}", httpBasic("expert1", "Demo@12345")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/risk/calculators/ls").contentType(MediaType.APPLICATION_JSON).content("{\"l\":1,\"s\":1}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/risk/methods")).andExpect(status().isUnauthorized());
    }

    @Test
    void methodsListTheCurrentConfiguration() throws Exception {
        mvc.perform(get("/api/v1/risk/methods").with(county())).andExpect(status().isOk())
                .andExpect(jsonPath("$.methods", hasSize(3)))
                .andExpect(jsonPath("$.methods[0].method").value("LEC"))
                .andExpect(jsonPath("$.methods[0].formula").value("D = L × E × C"))
                .andExpect(jsonPath("$.methods[0].factors[0].factor").value("l"))
                .andExpect(jsonPath("$.methods[0].factors[0].values", hasSize(7)))
                .andExpect(jsonPath("$.methods[0].factors[0].values[0].value").value(10))
                .andExpect(jsonPath("$.methods[0].factors[0].values[0].meaning").value("完全可以预料"))
                .andExpect(jsonPath("$.methods[0].bands[0].lowerBound").value(320))
                .andExpect(jsonPath("$.methods[0].bands[0].inclusive").value(false))
                .andExpect(jsonPath("$.methods[0].bands[0].range").value("320 < D"))
                .andExpect(jsonPath("$.methods[0].bands[0].level").value("重大"))
                .andExpect(jsonPath("$.methods[0].bands[4].lowerBound").value(nullValue()))
                .andExpect(jsonPath("$.methods[1].method").value("LS"))
                .andExpect(jsonPath("$.methods[1].bands[0].inclusive").value(true))
                .andExpect(jsonPath("$.gb18218.categories", hasSize(24)))
                .andExpect(jsonPath("$.gb18218.substances", hasSize(17)))
                .andExpect(jsonPath("$.gb18218.substances[0].name").value("氨"))
                .andExpect(jsonPath("$.gb18218.substances[0].qTonnes").value(10))
                .andExpect(jsonPath("$.gb18218.alphaBands[0].minPopulation").value(100));
    }

    @Test
    void theCalculatorsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/risk/calculators/gb18218'].post.tags[0]").value("风险计算 Risk calculators"))
                .andExpect(jsonPath("$.paths['/api/v1/risk/methods'].get").exists());
    }
}
