package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.tip.TipState;

/**
 * The demo enforcement office and tips (issue 16 item 13): a filed and published annual plan with key targets and a
 * draw under it; inspections in every mode, each with its 现场检查记录; a case closed with a fine; 打非治违 filings
 * (some on time, one late, the rest due); tips in every state, anonymous ones among them, one rewarded and paid. The
 * demo rows are those made before the demo's closed case (tests write later).
 */
@ZhibenTest
class EnforcementDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    private static int year() {
        return LocalDate.now(Zones.CHINA).getYear();
    }

    @Test
    void theCityPublishedItsPlanWithKeyTargetsAndTheCountyDrewUnderIt() {
        Map<String, Object> plan = jdbc.queryForMap("select id, state, filed_on, published_on from enforcement_plan"
                + " where region_code = '990100000000' and plan_year = ? and title like '%(示范市)'", year());
        assertThat(plan.get("state")).isEqualTo("PUBLISHED");
        assertThat(plan.get("filed_on")).isNotNull();
        assertThat(plan.get("published_on")).isNotNull();
        UUID id = (UUID) plan.get("id");
        assertThat(jdbc.queryForObject("select count(*) from enforcement_plan_target where plan_id = ?", Long.class,
                id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from enforcement_plan_category where plan_id = ?", Long.class,
                id)).isEqualTo(3);
        Map<String, Object> draw = jdbc.queryForMap("select id, category from enforcement_draw where plan_id = ?"
                + " and seed = 'demoplandraw0001'", id);
        assertThat(draw.get("category")).isEqualTo("GENERAL");
        assertThat(jdbc.queryForObject("select count(*) from enforcement_inspection where draw_id = ?", Long.class,
                draw.get("id"))).isEqualTo(1);
    }

    @Test
    void inspectionsInEveryModeWithTheirRecordAndACaseClosedWithAFine() {
        List<String> modes = jdbc.queryForList("select distinct i.mode from enforcement_inspection i"
                + " join enforcement_document d on d.inspection_id = i.id and d.kind = 'SITE_RECORD'"
                + " where i.created_at <= (select min(c.created_at) from enforcement_case c"
                + " where c.title = '未对安全设备进行经常性维护、保养')", String.class);
        assertThat(modes).containsExactlyInAnyOrder(Arrays.stream(InspectionMode.values()).map(Enum::name)
                .toArray(String[]::new));
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case where state = 'CLOSED'"
                + " and fine_unit_yuan = 50000 and fine_principal_yuan = 10000 and closed_on is not null", Long.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theCountysCrackdownFilingsAreSomeOnTimeOneLateTheRestDue() {
        List<Map<String, Object>> items = jdbc.queryForList("select item_year, kind, period, due_date, filed_on, late"
                + " from enforcement_crackdown_item where region_code = '990101000000'");
        assertThat(items.stream().filter(i -> ((Number) i.get("item_year")).intValue() == year())).hasSize(14);
        List<Map<String, Object>> filed = items.stream().filter(i -> i.get("filed_on") != null).toList();
        assertThat(filed.stream().filter(i -> Boolean.TRUE.equals(i.get("late")))).hasSize(1);
        assertThat(filed.stream().filter(i -> Boolean.FALSE.equals(i.get("late")))).hasSize(2);
        assertThat(items.stream().filter(i -> i.get("filed_on") == null)).hasSize(items.size() - 3);
        // on time: this month's dispatch and next year's focus
        LocalDate today = LocalDate.now(Zones.CHINA);
        assertThat(filed.stream().filter(i -> Boolean.FALSE.equals(i.get("late"))).map(i -> i.get("kind") + ":"
                + i.get("item_year") + ":" + i.get("period"))).containsExactlyInAnyOrder(
                        "DISPATCH:" + year() + ":" + today.getMonthValue(), "FOCUS:" + (year() + 1) + ":0");
    }

    @Test
    void tipsInEveryStateAnAnonymousOneRewardedAndPaid() {
        List<String> states = jdbc.queryForList("select distinct state from tip_tip where region_code like '990101%'",
                String.class);
        assertThat(states).contains(Arrays.stream(TipState.values()).map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.queryForObject("select count(*) from tip_tip where anonymous = true and reward_paid_at is not null"
                + " and reward_claimed = true and region_code like '990101%'", Long.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from tip_tip where anonymous = true and state = 'RECEIVED'"
                + " and region_code like '990101%'", Long.class)).isGreaterThanOrEqualTo(1);
    }
}
