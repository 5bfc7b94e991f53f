package org.zhiben.monitoring;

import java.util.List;

/** A batch's outcome: counts and one outcome per reading, in the order sent. */
public record IngestResult(int accepted, int duplicates, int late, int rejected, List<ReadingOutcome> outcomes) {

    public static IngestResult of(List<ReadingOutcome> outcomes) {
        int a = 0;
        int d = 0;
        int l = 0;
        int r = 0;
        for (ReadingOutcome o : outcomes) {
            switch (o.status()) {
                case ACCEPTED -> a++;
                case DUPLICATE -> d++;
                case LATE -> l++;
                case REJECTED -> r++;
            }
        }
        return new IngestResult(a, d, l, r, List.copyOf(outcomes));
    }
}
