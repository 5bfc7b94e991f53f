package org.zhiben.common;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link LiveMetric} the modules contribute, by key; two metrics with one key fail the start. */
@Component
public class LiveMetrics {

    private final ObjectProvider<LiveMetric> provider;
    private volatile Map<String, LiveMetric> byKey;

    LiveMetrics(ObjectProvider<LiveMetric> provider) {
        this.provider = provider;
    }

    public List<LiveMetric> all() {
        return index().values().stream().sorted(Comparator.comparing(LiveMetric::key)).toList();
    }

    public Optional<LiveMetric> find(String key) {
        return Optional.ofNullable(key).map(index()::get);
    }

    private Map<String, LiveMetric> index() {
        Map<String, LiveMetric> index = byKey;
        if (index == null) {
            // Built on first use, not in the constructor, so contributing modules need not start first.
            index = provider.orderedStream().collect(Collectors.toMap(LiveMetric::key, Function.identity(), (a, b) -> {
                throw new IllegalStateException("两个指标使用同一个键: " + a.key());
            }));
            byKey = index;
        }
        return index;
    }
}
