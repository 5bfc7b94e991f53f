package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.internal.GradingTable.Band;
import org.zhiben.risk.internal.GradingTable.FactorValue;
import org.zhiben.risk.internal.MajorHazardTable.AlphaBand;
import org.zhiben.risk.internal.MajorHazardTable.Category;
import org.zhiben.risk.internal.MajorHazardTable.Substance;
import org.zhiben.risk.internal.RiskTables;
import org.zhiben.risk.majorsource.MajorHazardAssessment;
import org.zhiben.risk.majorsource.MajorHazardCalculator;
import org.zhiben.risk.majorsource.SubstanceQuantity;

/**
 * The admin page: rejected edits show the message beside the field and change nothing (no version, no audit entry);
 * accepted edits are audited and take effect in the calculators at once. Every test that changes a table puts the
 * seeded rows back, since the context is shared.
 */
@ZhibenTest
class RiskMethodAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RiskTables tables;
    @Autowired
    RiskGrading grading;
    @Autowired
    MajorHazardCalculator calculator;
    @Autowired
    AuditTrail audit;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder methodForm(AssessmentMethod method, long version, List<FactorValue> values,
            List<Band> bands) {
        MockHttpServletRequestBuilder request = post("/admin/risk-methods/" + method.name().toLowerCase())
                .with(csrf()).with(as("admin")).param("version", String.valueOf(version));
        for (int i = 0; i < values.size(); i++) {
            FactorValue v = values.get(i);
            request.param("values[" + i + "].factor", v.factor())
                    .param("values[" + i + "].value", v.value() == null ? "" : v.value().toPlainString())
                    .param("values[" + i + "].meaning", v.meaning());
        }
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            request.param("bands[" + i + "].lowerBound", b.lowerBound() == null ? "" : b.lowerBound().toPlainString())
                    .param("bands[" + i + "].level", b.level().name())
                    .param("bands[" + i + "].description", b.description());
            if (b.inclusive()) {
                request.param("bands[" + i + "].inclusive", "true");
            }
        }
        return request;
    }

    private MockHttpServletRequestBuilder substancesForm(long version, List<Substance> substances) {
        MockHttpServletRequestBuilder request = post("/admin/risk-methods/gb18218/substances").with(csrf())
                .with(as("admin")).param("version", String.valueOf(version));
        for (int i = 0; i < substances.size(); i++) {
            Substance s = substances.get(i);
            request.param("substances[" + i + "].name", s.name())
                    .param("substances[" + i + "].cas", s.cas() == null ? "" : s.cas())
                    .param("substances[" + i + "].category", s.category() == null ? "" : s.category())
                    .param("substances[" + i + "].q", s.q() == null ? "" : s.q().toPlainString())
                    .param("substances[" + i + "].beta", s.beta() == null ? "" : s.beta().toPlainString());
        }
        return request;
    }

    /** The table cell holding the input {@code name} in the section {@code id}: where its message must be. */
    private static String cellOf(String page, String id, String name) {
        int input = page.indexOf("name=\"" + name + "\"", page.indexOf("id=\"" + id + "\""));
        assertThat(input).as("input %s", name).isPositive();
        return page.substring(page.lastIndexOf("<td", input), page.indexOf("</td>", input));
    }

    private static RequestPostProcessor replacing(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    private long version(String key) {
        return tables.versions().get(key);
    }

    @Test
    void pageShowsEveryTableToAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/risk-methods").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>风险评价方法 - 治本</title>"),
                        containsString("value=\"完全可以预料\""), containsString("value=\"极其危险\""),
                        containsString("320 &lt; D · 160 &lt; D ≤ 320"), containsString("value=\"W5.3\""),
                        containsString("value=\"异氰酸甲酯\""), containsString("name=\"alphaBands[0].alpha\""),
                        containsString("href=\"/admin/risk-methods\">风险评价方法</a>"))));
        for (String username : new String[] {"county.yjj", "ent.a.boss", "expert1"}) {
            mvc.perform(get("/admin/risk-methods").with(as(username))).andExpect(status().isForbidden());
        }
    }

    @Test
    void bandsOutOfOrderAreRefusedBesideTheFieldAndNothingChanges() throws Exception {
        List<FactorValue> values = tables.grading().values(AssessmentMethod.MES);
        List<Band> bands = tables.grading().bands(AssessmentMethod.MES);
        List<Band> swapped = new ArrayList<>(bands);
        swapped.set(0, new Band(AssessmentMethod.MES, bands.get(1).lowerBound(), false, bands.get(0).level(), "重大风险"));
        swapped.set(1, new Band(AssessmentMethod.MES, bands.get(0).lowerBound(), false, bands.get(1).level(), "较大风险"));
        long version = version("MES");
        long audited = audit.count();

        String page = mvc.perform(methodForm(AssessmentMethod.MES, version, values, swapped))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未保存");
        assertThat(cellOf(page, "mes", "bands[1].lowerBound")).contains("is-invalid").contains("value=\"180\"")
                .contains("<div class=\"invalid-feedback\">下限须小于上一分级的下限 90(分级须从高到低排列)</div>");
        assertThat(cellOf(page, "mes", "bands[0].lowerBound")).doesNotContain("is-invalid");

        assertThat(tables.grading().bands(AssessmentMethod.MES)).isEqualTo(bands);
        assertThat(version("MES")).isEqualTo(version);
        assertThat(audit.count()).isEqualTo(audited);
        // 3 × 6 × 10 = 180 is still 较大 (90 < R ≤ 180)
        assertThat(grading.grade(AssessmentMethod.MES, Map.of("m", BigDecimal.valueOf(3), "e", BigDecimal.valueOf(6),
                "s", BigDecimal.TEN)).level()).isEqualTo(RiskLevel.LARGE);
    }

    @Test
    void levelsThatRiseFurtherDownAndTyposAreRefused() throws Exception {
        List<FactorValue> values = new ArrayList<>(tables.grading().values(AssessmentMethod.LS));
        List<Band> bands = new ArrayList<>(tables.grading().bands(AssessmentMethod.LS));
        bands.set(2, new Band(AssessmentMethod.LS, bands.get(2).lowerBound(), true, RiskLevel.MAJOR, "一般风险"));
        String page = mvc.perform(methodForm(AssessmentMethod.LS, version("LS"), values, bands)
                        .with(replacing("values[0].value", "五")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cellOf(page, "ls", "values[0].value")).contains("value=\"五\"").contains("须为数字");
        mvc.perform(methodForm(AssessmentMethod.LS, version("LS"), values, bands)).andExpect(status().isOk())
                .andExpect(content().string(containsString("等级不能高于上一分级的「较大」")));
        values.set(1, new FactorValue(AssessmentMethod.LS, "l", BigDecimal.valueOf(5), "重复"));
        values.set(2, new FactorValue(AssessmentMethod.LS, "l", new BigDecimal("-3"), "负数"));
        mvc.perform(methodForm(AssessmentMethod.LS, version("LS"), values, tables.grading().bands(AssessmentMethod.LS)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("L 已有取值 5,不能重复"), containsString("取值须大于0"))));
        assertThat(tables.grading().values(AssessmentMethod.LS)).hasSize(10);
    }

    @Test
    void catchAllBandMustBeLast() throws Exception {
        List<Band> bands = new ArrayList<>(tables.grading().bands(AssessmentMethod.LEC));
        bands.remove(bands.size() - 1);
        mvc.perform(methodForm(AssessmentMethod.LEC, version("LEC"), tables.grading().values(AssessmentMethod.LEC), bands))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最后一个分级须不填下限,以涵盖其余所有值")));
        assertThat(tables.grading().bands(AssessmentMethod.LEC)).hasSize(5);
    }

    @Test
    void anEditedValueTakesEffectInTheCalculatorAndIsAudited() throws Exception {
        List<FactorValue> original = tables.grading().values(AssessmentMethod.LEC);
        List<Band> bands = tables.grading().bands(AssessmentMethod.LEC);
        List<FactorValue> withTwo = new ArrayList<>(original);
        withTwo.add(new FactorValue(AssessmentMethod.LEC, "c", BigDecimal.valueOf(2), "测试:轻伤"));
        long version = version("LEC");
        try {
            mvc.perform(methodForm(AssessmentMethod.LEC, version, withTwo, bands))
                    .andExpect(redirectedUrl("/admin/risk-methods#lec"));
            assertThat(version("LEC")).isEqualTo(version + 1);

            // 10 × 6 × 2 = 120: 70 < D ≤ 160
            mvc.perform(post("/api/v1/risk/calculators/lec").with(httpBasic("county.yjj", "Demo@12345"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"l\":10,\"e\":6,\"c\":2}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.value").value(120))
                    .andExpect(jsonPath("$.level").value("一般"))
                    .andExpect(jsonPath("$.band").value("显著危险"));

            AuditEntry entry = audit.historyOf("RiskTable", "LEC").get(0);
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("UPDATE");
            assertThat(entry.before()).contains("完全可以预料").doesNotContain("测试:轻伤");
            assertThat(entry.after()).contains("测试:轻伤");
        } finally {
            // clearing the row deletes it, as on the page
            List<FactorValue> cleared = new ArrayList<>(original);
            cleared.add(new FactorValue(AssessmentMethod.LEC, "c", null, ""));
            mvc.perform(methodForm(AssessmentMethod.LEC, version("LEC"), cleared, bands))
                    .andExpect(redirectedUrl("/admin/risk-methods#lec"));
        }
        assertThat(tables.grading().values(AssessmentMethod.LEC)).isEqualTo(original);
        assertThatThrownBy(() -> grading.grade(AssessmentMethod.LEC,
                Map.of("l", BigDecimal.TEN, "e", BigDecimal.valueOf(6), "c", BigDecimal.valueOf(2))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStaleFormIsRefused() throws Exception {
        List<FactorValue> values = new ArrayList<>(tables.grading().values(AssessmentMethod.LS));
        values.set(0, new FactorValue(AssessmentMethod.LS, "l", BigDecimal.valueOf(5), "过期表单的修改"));
        mvc.perform(methodForm(AssessmentMethod.LS, version("LS") - 1, values, tables.grading().bands(AssessmentMethod.LS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录已被他人修改")));
        assertThat(tables.grading().values(AssessmentMethod.LS).get(0).meaning()).isEqualTo("极有可能发生");
    }

    @Test
    void anAddedSubstanceCanBeCalculatedAndIsAudited() throws Exception {
        List<Substance> original = tables.majorHazard().substances();
        List<Substance> added = new ArrayList<>(original);
        added.add(new Substance("测试化学品甲", "50-00-0", "J3", null, null));
        try {
            mvc.perform(substancesForm(version(RiskTables.SUBSTANCES), added))
                    .andExpect(redirectedUrl("/admin/risk-methods#substances"));
            // Q and β of J3: 50 t, 2 → 100/50 = 2, R = 1.0 · 2 · 2 = 4
            MajorHazardAssessment a = calculator.assess(1, List.of(new SubstanceQuantity("测试化学品甲", null,
                    BigDecimal.valueOf(100))));
            assertThat(a.sum()).isEqualByComparingTo("2");
            assertThat(a.r()).isEqualByComparingTo("4");
            assertThat(audit.historyOf("RiskTable", RiskTables.SUBSTANCES).get(0).after()).contains("测试化学品甲");
        } finally {
            mvc.perform(substancesForm(version(RiskTables.SUBSTANCES), original))
                    .andExpect(redirectedUrl("/admin/risk-methods#substances"));
        }
        assertThat(tables.majorHazard().substances()).isEqualTo(original);
    }

    @Test
    void badSubstanceRowsAreRefusedBesideTheField() throws Exception {
        List<Substance> edited = new ArrayList<>(tables.majorHazard().substances());
        edited.add(new Substance("氨", "7664-41-7", null, BigDecimal.ONE, null));
        long audited = audit.count();
        mvc.perform(substancesForm(version(RiskTables.SUBSTANCES), edited)
                        .with(replacing("substances[0].cas", "7664417")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("物质「氨」重复"), containsString("CAS号格式应如 7664-41-7"))));
        assertThat(audit.count()).isEqualTo(audited);
    }

    @Test
    void usedCategoryCannotBeRemovedAndAlphaNeedsAZeroBand() throws Exception {
        List<Category> categories = tables.majorHazard().categories();
        MockHttpServletRequestBuilder request = post("/admin/risk-methods/gb18218/categories").with(csrf())
                .with(as("admin")).param("version", String.valueOf(version(RiskTables.CATEGORIES)));
        int row = 0;
        for (Category c : categories) {
            if (!c.code().equals("W2")) {
                request.param("categories[" + row + "].code", c.code())
                        .param("categories[" + row + "].q", c.q().toPlainString())
                        .param("categories[" + row + "].beta", c.beta().toPlainString());
                row++;
            }
        }
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("类别 W2 被物质「甲烷」使用,不能删除")));
        assertThat(tables.majorHazard().categories()).isEqualTo(categories);

        List<AlphaBand> alpha = tables.majorHazard().alphaBands();
        mvc.perform(post("/admin/risk-methods/gb18218/alpha").with(csrf()).with(as("admin"))
                        .param("version", String.valueOf(version(RiskTables.ALPHA)))
                        .param("alphaBands[0].minPopulation", "100").param("alphaBands[0].alpha", "2")
                        .param("alphaBands[1].minPopulation", "1").param("alphaBands[1].alpha", "2.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("须有一档人数下限为0,以涵盖无人的情况"))));
        assertThat(tables.majorHazard().alphaBands()).isEqualTo(alpha);
    }

    @Test
    void anUnchangedFormSavesWithoutAnAuditEntry() throws Exception {
        long audited = audit.count();
        long version = version("MES");
        mvc.perform(methodForm(AssessmentMethod.MES, version, tables.grading().values(AssessmentMethod.MES),
                        tables.grading().bands(AssessmentMethod.MES)))
                .andExpect(redirectedUrl("/admin/risk-methods#mes"));
        assertThat(audit.count()).isEqualTo(audited);
        assertThat(version("MES")).isEqualTo(version);
    }
}
