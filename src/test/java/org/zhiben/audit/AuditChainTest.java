package org.zhiben.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/**
 * The hash-chained audit trail: intact after real changes, broken by any edit or deletion (tampering tests run in a
 * rolled-back test transaction, so the shared chain stays intact), and the per-record change history.
 */
@ZhibenTest
class AuditChainTest {

    private static final ItData DATA = new ItData('D');
    private static final String VILLAGE = "990101001001";

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private String createEnterprise(String uscc, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/enterprises").with(httpBasic("county.yjj", "Demo@12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ItData.enterprise(uscc, name, VILLAGE))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void chainIsIntactAfterRegisteringAnEnterprise() throws Exception {
        audit.chainPending();
        long before = audit.count();
        String id = createEnterprise(DATA.nextUscc(), "审计链测试有限公司");
        assertThat(audit.historyOf("Enterprise", id)).singleElement()
                .satisfies(e -> assertThat(e.chained()).as("written without waiting for the chain").isFalse());
        assertThat(audit.pending()).isPositive();

        assertThat(audit.chainPending()).isPositive();
        assertThat(audit.pending()).isZero();
        assertThat(audit.count()).isGreaterThanOrEqualTo(before + 1);
        assertThat(audit.historyOf("Enterprise", id)).singleElement().satisfies(e -> {
            assertThat(e.seq()).isGreaterThan(before);
            assertThat(e.hash()).hasSize(64);
        });

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThan(0).isEqualTo(audit.count());
        assertThat(result.brokenAtSeq()).isNull();
        assertThat(result.reason()).isNull();
    }

    @Test
    void theAuditPageNamesPeopleAndActionsInChinese() throws Exception {
        createEnterprise(DATA.nextUscc(), "审计页面测试有限公司");
        String page = mvc.perform(get("/admin/audit").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int row = page.indexOf("登记企业 审计页面测试有限公司");
        assertThat(row).isPositive();
        String tr = page.substring(page.lastIndexOf("<tr", row), row);
        assertThat(tr).contains("示范县应急管理局 孙监管").contains("title=\"county.yjj\"").contains("创建")
                .doesNotContain(">CREATE<");
    }

    @Test
    void verifyApiAnswersAdministrators() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verify").with(httpBasic("admin", "Demo@12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").value(greaterThan(0)))
                .andExpect(jsonPath("$.brokenAtSeq").doesNotExist());
    }

    @Test
    void verifyApiIsForbiddenToOfficials() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verify").with(httpBasic("county.yjj", "Demo@12345")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @Transactional
    void editedSummaryBreaksTheChainAtThatEntry() {
        audit.chainPending();
        long last = audit.count();
        long seq = Math.max(1, last / 2);
        assertThat(jdbc.update("update audit_entry set summary = summary || '(篡改)' where seq = ?", seq)).isEqualTo(1);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(seq);
        assertThat(result.entriesChecked()).isEqualTo(seq - 1);
        assertThat(result.reason()).contains("篡改");
    }

    @Test
    @Transactional
    void editedStateBreaksTheChainAtThatEntry() {
        audit.chainPending();
        Long seq = jdbc.queryForObject("select min(seq) from audit_entry where after_state is not null", Long.class);
        assertThat(jdbc.update("update audit_entry set after_state = '{}' where seq = ?", seq)).isEqualTo(1);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(seq);
    }

    @Test
    @Transactional
    void deletedMiddleEntryBreaksTheChainNamingTheMissingSeq() {
        audit.chainPending();
        long last = audit.count();
        long seq = Math.max(2, last / 2);
        assertThat(jdbc.update("delete from audit_entry where seq = ?", seq)).isEqualTo(1);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(seq);
        assertThat(result.reason()).contains(String.valueOf(seq)).contains("删除");
    }

    @Test
    @Transactional
    void deletedLastEntryBreaksTheChain() {
        audit.chainPending();
        long last = audit.count();
        assertThat(jdbc.update("delete from audit_entry where seq = ?", last)).isEqualTo(1);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(last);
        assertThat(result.entriesChecked()).isEqualTo(last - 1);
    }

    @Test
    void historyListsTheUpdateAndTheCreateWithBeforeAndAfter() throws Exception {
        String uscc = DATA.nextUscc();
        String id = createEnterprise(uscc, "审计历史测试有限公司");
        String read = mvc.perform(get("/api/v1/enterprises/{id}", id).with(httpBasic("county.yjj", "Demo@12345")))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> change = ItData.enterprise(uscc, "审计历史测试有限公司", VILLAGE);
        change.put("address", "审计后的新地址");
        change.put("version", JsonPath.read(read, "$.version"));
        mvc.perform(put("/api/v1/enterprises/{id}", id).with(httpBasic("county.yjj", "Demo@12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(change)))
                .andExpect(status().isOk());

        List<AuditEntry> history = audit.historyOf("Enterprise", id);
        assertThat(history).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        AuditEntry update = history.get(0);
        AuditEntry create = history.get(1);
        assertThat(create.occurredAt()).isBeforeOrEqualTo(update.occurredAt());
        assertThat(create.actor()).isEqualTo("county.yjj");
        assertThat(create.before()).isNull();
        assertThat((String) JsonPath.read(create.after(), "$.address")).isEqualTo("测试路1号");
        assertThat((String) JsonPath.read(create.after(), "$.uscc")).isEqualTo(uscc);
        assertThat((String) JsonPath.read(update.before(), "$.address")).isEqualTo("测试路1号");
        assertThat((String) JsonPath.read(update.after(), "$.address")).isEqualTo("审计后的新地址");
        assertThat(update.summary()).isEqualTo("修改企业 审计历史测试有限公司");
        assertThat(audit.verify().intact()).isTrue();
        List<AuditEntry> chained = audit.historyOf("Enterprise", id);
        assertThat(chained).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        assertThat(chained.get(1).seq()).isLessThan(chained.get(0).seq());
    }
}
