package org.zhiben.expert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.SeededDraw;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.DrawView;

/** A recorded draw reads back as written, and its seed over its candidates repeats the result. */
class ExpertDrawTest {

    @Test
    void theRecordRepeatsTheDraw() {
        List<UUID> candidates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String seed = SeededDraw.newSeed();
        UUID drawn = SeededDraw.draw(seed, candidates, 1).get(0);
        UUID excluded = UUID.randomUUID();
        ExpertDraw d = ExpertDraw.record(AssignmentKind.CONSULTATION, new Expert.Target(UUID.randomUUID(), "企业",
                "990101100201", Set.of("03")), seed, candidates, List.of(new DrawView.Exclusion(excluded,
                        "名字\t带制表符", "利益冲突:现任职于该企业")), drawn, UUID.randomUUID(), Instant.now());
        DrawView v = d.view();
        assertThat(v.seed()).isEqualTo(seed);
        assertThat(v.candidates()).containsExactlyElementsOf(candidates);
        assertThat(v.exclusions()).containsExactly(new DrawView.Exclusion(excluded, "名字 带制表符",
                "利益冲突:现任职于该企业"));
        assertThat(SeededDraw.draw(v.seed(), v.candidates(), 1)).containsExactly(v.drawnExpertId());
        // another seed may draw another candidate; the same seed always the same one
        assertThat(SeededDraw.draw(seed, candidates, 1)).containsExactly(drawn);
    }
}
