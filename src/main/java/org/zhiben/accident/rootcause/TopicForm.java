package org.zhiben.accident.rootcause;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The page form of a 一月一专题 / 一年一难题 pick (a change keeps kind and period). */
public class TopicForm {

    private Long version;
    private @Size(max = 64) String idempotencyKey = UUID.randomUUID().toString();
    private TopicKind kind;
    private @Size(max = 7) String period;
    private @Size(max = 8) String category;
    private @Size(max = 200) String title;
    private @Size(max = 2000) String reason;

    RootCauses.TopicData data() {
        return new RootCauses.TopicData(kind, period, category, title, reason);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public TopicKind getKind() { return kind; }
    public void setKind(TopicKind kind) { this.kind = kind; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
