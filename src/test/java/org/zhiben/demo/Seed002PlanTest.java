package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.ZhibenTest;

/**
 * Seed 002's plan as transcribed and as the demo holds it: eight actions, eighteen tasks in the seed's order with
 * their 责任单位 and 配合单位 as the seed writes them (checked against the seed's text when the seeds are at hand),
 * milestones parsed from the seed's phrases, three bound to live metrics, under the province plan. And the demo
 * town's monthly meetings: minuted months, two without a meeting.
 */
@ZhibenTest
class Seed002PlanTest {

    /** 编号 → 行动, 责任单位, 配合单位 as in seed 002. */
    static final List<String[]> SEED = List.of(
            row("1", 1, "经发办、应急办", "各村、各社区"),
            row("2", 2, "负有安全监管职责的部门、各村、各社区", null),
            row("3", 2, "负有安全监管职责的部门", null),
            row("4", 2, "负有安全监管职责的部门，各村、各社区", null),
            row("5", 3, "负有安全监管职责的部门", "各村、各社区"),
            row("6", 3, "负有安全监管职责的部门", null),
            row("7", 4, "负有安全监管职责的部门", null),
            row("8", 4, "负有安全监管职责的部门", null),
            row("9", 5, "应急办、党政办", null),
            row("10", 5, "负有安全监管职责的部门", null),
            row("11", 5, "负有安全监管职责的部门", null),
            row("12", 5, "负有安全监管职责的部门", null),
            row("13", 5, "负有安全监管职责的部门", "各村、各社区"),
            row("14", 6, "经发办、应急办", "各村、各社区"),
            row("15", 7, "农服中心、规环办、应急办", "各村、各社区"),
            row("16", 7, "经发办", "各村、各社区"),
            row("17", 7, "规环办", "各村、各社区"),
            row("18", 8, "应急办、经发办", "各村、各社区"));

    @Autowired
    JdbcTemplate jdbc;

    private static String[] row(String no, int action, String lead, String assist) {
        return new String[] {no, String.valueOf(action), lead, assist};
    }

    private static List<String[]> transcribed() {
        List<String[]> out = new ArrayList<>();
        int a = 0;
        for (Seed002Plan.Action action : Seed002Plan.ACTIONS) {
            a++;
            for (Seed002Plan.Task t : action.tasks()) {
                out.add(row(t.no(), a, t.lead(), t.assist()));
            }
        }
        return out;
    }

    @Test
    void theTranscriptionHoldsTheSeedsEightActionsAndEighteenTasksWithTheirUnits() throws IOException {
        assertThat(Seed002Plan.ACTIONS).hasSize(8);
        assertThat(transcribed()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(SEED);
        assertThat(Seed002Plan.names("负有安全监管职责的部门，各村、各社区"))
                .containsExactly("负有安全监管职责的部门", "各村、各社区");
        assertThat(Seed002Plan.names("农服中心、规环办、应急办")).containsExactly("农服中心", "规环办", "应急办");

        Path seeds = Path.of("../shared/seeds"); // beside the work tree, as in CI
        if (!Files.isDirectory(seeds)) {
            return; // the seeds are not shipped with the code; the table above is copied from them
        }
        Path seed;
        try (Stream<Path> files = Files.list(seeds)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElse(null);
        }
        if (seed == null) {
            return;
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        List<String> actions = new ArrayList<>();
        Matcher h = Pattern.compile("（[一二三四五六七八九十]）(开展[^。\\n]*行动)。").matcher(text);
        while (h.find()) {
            actions.add(h.group(1));
        }
        assertThat(Seed002Plan.ACTIONS).extracting(Seed002Plan.Action::title).containsExactlyElementsOf(actions);
        List<String[]> fromSeed = new ArrayList<>();
        Matcher t = Pattern.compile("\\n(\\d+)\\.([^\\n]*)（责任单位：([^；）]*)(?:；配合单位：([^）]*))?）").matcher(text);
        while (t.find()) {
            fromSeed.add(new String[] {t.group(1), t.group(3), t.group(4)});
        }
        assertThat(fromSeed).hasSize(18);
        for (int i = 0; i < 18; i++) {
            Seed002Plan.Task task = Seed002Plan.ACTIONS.stream().flatMap(x -> x.tasks().stream()).toList().get(i);
            assertThat(task.no()).isEqualTo(fromSeed.get(i)[0]);
            assertThat(task.lead()).isEqualTo(fromSeed.get(i)[1]);
            assertThat(task.assist()).isEqualTo(fromSeed.get(i)[2]);
            assertThat(text).as("task %s's text is the seed's", task.no()).contains(task.no() + "." + task.text());
        }
    }

    @Test
    void theDemoHoldsSeed002AsXihesPlanUnderTheProvincePlan() {
        Map<String, Object> plan = jdbc.queryForMap("select p.id, p.region_code, q.title parent from campaign_plan p "
                + "join campaign_plan q on q.id = p.parent_id where p.title = ?", Seed002Plan.TITLE);
        assertThat(plan.get("region_code")).isEqualTo("990101101000");
        assertThat((String) plan.get("parent")).startsWith("示范省");
        UUID id = (UUID) plan.get("id");
        assertThat(jdbc.queryForObject("select count(*) from campaign_action where plan_id = ?", Integer.class, id))
                .isEqualTo(8);
        assertThat(jdbc.queryForList("select t.task_no from campaign_task t where t.plan_id = ?", String.class, id))
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
                        "15", "16", "17", "18");
        assertThat(jdbc.queryForList("select a.seq from campaign_task t join campaign_action a on a.id = t.action_id "
                + "where t.plan_id = ? order by a.seq", Integer.class, id))
                .as("tasks per action as in the seed").containsExactly(1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5, 5, 6, 7, 7,
                        7, 8);
        assertThat(due(id, "2")).containsExactly(LocalDate.of(2024, 6, 30));
        assertThat(due(id, "10")).as("2025年以前").containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(due(id, "9")).as("三年内: the plan's end").containsExactly(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForList("select t.task_no || ':' || m.metric_key from campaign_milestone m join campaign_task t "
                + "on t.id = m.task_id where t.plan_id = ? and m.target_kind = 'METRIC' order by m.metric_key",
                String.class, id)).containsExactly("3:hazard.major.open", "8:training.highrisk.pass.rate",
                        "7:training.principal.rate");
        assertThat(jdbc.queryForList("select u.role || ':' || u.kind || ':' || u.name from campaign_task_unit u "
                + "join campaign_task t on t.id = u.task_id where t.plan_id = ? and t.task_no = '1' order by u.seq",
                String.class, id)).containsExactly("LEAD:OFFICE:经发办", "LEAD:OFFICE:应急办", "ASSIST:REGION:西河村委会",
                        "ASSIST:REGION:河湾村委会");
    }

    private List<LocalDate> due(UUID plan, String no) {
        return jdbc.queryForList("select m.due_date from campaign_milestone m join campaign_task t on t.id = m.task_id "
                + "where t.plan_id = ? and t.task_no = ? order by m.due_date", LocalDate.class, plan, no);
    }

    @Test
    void theDemoTownHeldItsMonthlyMeetings() {
        UUID town = jdbc.queryForObject("select id from campaign_plan where title like '东关镇安全生产%'", UUID.class);
        List<String> periods = jdbc.queryForList("select period from campaign_meeting where plan_id = ? "
                + "and minuted_at is not null order by period", String.class, town);
        assertThat(periods).contains("2024-04", "2024-07", "2024-09", "2025-01", "2025-03")
                .doesNotContain("2024-08", "2025-02");
    }
}
