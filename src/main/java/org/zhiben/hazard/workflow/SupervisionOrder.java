package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.Ids;

/** 挂牌督办: the supervising department, its requirements and deadline, issued by an official in scope. */
@Entity
@Table(name = "hazard_supervision")
public class SupervisionOrder {

    @Id
    private UUID id;
    private String department;
    private String requirements;
    private LocalDate deadline;
    @Column(name = "issued_by")
    private UUID issuedBy;
    @Column(name = "issued_by_name")
    private String issuedByName;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected SupervisionOrder() {
    }

    SupervisionOrder(String department, String requirements, LocalDate deadline, Actor by, Instant at) {
        this.id = Ids.newId();
        this.department = department;
        this.requirements = requirements;
        this.deadline = deadline;
        this.issuedBy = by.id();
        this.issuedByName = by.name();
        this.issuedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getDepartment() {
        return department;
    }

    public String getRequirements() {
        return requirements;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getIssuedByName() {
        return issuedByName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
