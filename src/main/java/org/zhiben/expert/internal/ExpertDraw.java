package org.zhiben.expert.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhiben.common.Ids;
import org.zhiben.common.SectorSet;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.DrawView;

/**
 * A recorded draw: the seed, the eligible candidates in the order they were drawn from (one id a line), the experts
 * excluded with the reason (id, name and reason, tab-separated, one a line), and who was drawn. Written once.
 */
@Entity
@Table(name = "expert_draw")
public class ExpertDraw {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private AssignmentKind kind;
    private UUID enterpriseId;
    private String regionCode;
    private String sectors;
    private String seed;
    private String candidates;
    private String exclusions;
    private UUID drawnExpertId;
    private UUID drawnBy;
    private Instant drawnAt;

    protected ExpertDraw() {
    }

    public static ExpertDraw record(AssignmentKind kind, Expert.Target t, String seed, List<UUID> candidates,
            List<DrawView.Exclusion> exclusions, UUID drawn, UUID by, Instant now) {
        ExpertDraw d = new ExpertDraw();
        d.id = Ids.newId();
        d.kind = kind;
        d.enterpriseId = t.id();
        d.regionCode = t.regionCode();
        d.sectors = SectorSet.of(t.sectors()).encode();
        d.seed = seed;
        d.candidates = candidates.stream().map(UUID::toString).collect(Collectors.joining("\n"));
        d.exclusions = exclusions.stream().map(x -> x.expertId() + "\t" + clean(x.expertName()) + "\t"
                + clean(x.reason())).collect(Collectors.joining("\n"));
        d.drawnExpertId = drawn;
        d.drawnBy = by;
        d.drawnAt = now;
        return d;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    public DrawView view() {
        List<UUID> c = candidates.isEmpty() ? List.of()
                : Arrays.stream(candidates.split("\n")).map(UUID::fromString).toList();
        List<DrawView.Exclusion> x = exclusions.isEmpty() ? List.of() : Arrays.stream(exclusions.split("\n"))
                .map(l -> l.split("\t", 3)).map(p -> new DrawView.Exclusion(UUID.fromString(p[0]), p[1], p[2]))
                .toList();
        return new DrawView(id, kind, enterpriseId, seed, c, x, drawnExpertId, drawnAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }
}
