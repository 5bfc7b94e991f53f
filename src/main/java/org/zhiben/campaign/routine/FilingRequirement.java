package org.zhiben.campaign.routine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * What a plan requires to be filed, with whom, by when and by whom: e.g. the villages', communities' and key
 * enterprises' own plans 报送镇工业办, or the leaders' 职责清单 and 年度任务清单 filed with the higher 安委会办公室.
 */
@Entity
@Table(name = "campaign_filing_req")
public class FilingRequirement {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    private String title;
    @Column(name = "filed_with")
    private String filedWith;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "campaign_filing_filer", joinColumns = @JoinColumn(name = "requirement_id"))
    @OrderBy("seq")
    private List<Filer> filers = new ArrayList<>();

    protected FilingRequirement() {
    }

    FilingRequirement(UUID planId, String title, String filedWith, LocalDate dueDate, List<Filer> filers,
            Instant now) {
        this.id = Ids.newId();
        this.planId = planId;
        this.title = title;
        this.filedWith = filedWith;
        this.dueDate = dueDate;
        this.filers.addAll(filers);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Filed on {@code day} (Shanghai): late from the day after the due date; the due date itself is in time. */
    public boolean lateOn(LocalDate day) {
        return day.isAfter(dueDate);
    }

    public Optional<Filer> filer(String ref) {
        return filers.stream().filter(f -> f.getRef().equals(ref)).findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public String getFiledWith() {
        return filedWith;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public long getVersion() {
        return version;
    }

    public List<Filer> getFilers() {
        return filers;
    }
}
