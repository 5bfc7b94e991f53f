package org.zhiben.enforcement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRepository extends JpaRepository<Inspection, UUID>, JpaSpecificationExecutor<Inspection> {

    /** Enterprises of {@code ids} inspected on or after {@code since}. */
    @Query("select distinct i.enterpriseId from Inspection i where i.enterpriseId in ?1 and i.inspectedOn >= ?2")
    List<UUID> inspectedSince(Collection<UUID> ids, LocalDate since);

    /** The last inspection day of each of {@code ids} that has one: rows of (enterprise id, date). */
    @Query("select i.enterpriseId, max(i.inspectedOn) from Inspection i where i.enterpriseId in ?1 group by i.enterpriseId")
    List<Object[]> lastInspections(Collection<UUID> ids);
}
