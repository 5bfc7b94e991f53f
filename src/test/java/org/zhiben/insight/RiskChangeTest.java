package org.zhiben.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskInventory;

/**
 * The risk module's EnterpriseRiskChanged keeps the enterprise row in step: a new unit without an assessed event counts
 * as unassessed, a major hazard source makes the enterprise 重大, and deleting undoes both — in the same transaction.
 */
@ZhibenTest
class RiskChangeTest {

    @Autowired
    RiskInventory inventory;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long[] row(UUID enterprise) {
        return jdbc.queryForObject("select units_none, case when major_source then 1 else 0 end from insight_enterprise"
                + " where enterprise_id = ?", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, enterprise);
    }

    @Test
    void unitsAndMajorSourcesReachTheStatistics() {
        CurrentUser safety = (CurrentUser) users.loadUserByUsername("ent.a.safety");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(safety, null, safety.getAuthorities()));
        UUID a = safety.enterpriseId();
        long[] before = row(a);
        UUID object = inventory.addObject(a, new AnalysisObjectData(ObjectKind.AREA, "统计测试区域", false, null), null);
        UUID unit = inventory.addUnit(object, new AnalysisUnitData("统计测试单元", null, "测试人", ControlLevel.TEAM),
                null);
        assertThat(row(a)[0]).isEqualTo(before[0] + 1);
        inventory.deleteUnit(unit, inventory.unit(unit).version());
        assertThat(row(a)[0]).isEqualTo(before[0]);
        inventory.deleteObject(object, inventory.object(object).version());
        assertThat(row(a)).containsExactly(before);
    }
}
