package org.zhiben.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnterpriseRepository extends JpaRepository<Enterprise, UUID>, JpaSpecificationExecutor<Enterprise> {

    Optional<Enterprise> findByUscc(String uscc);

    /**
     * With its sectors in the same query: every scope check needs them. A fetch join rather than an entity graph,
     * whose queries Hibernate translates anew on every call.
     */
    @Query("select e from Enterprise e left join fetch e.sectors where e.id = :id")
    Optional<Enterprise> findWithSectorsById(@Param("id") UUID id);

    boolean existsByUscc(String uscc);

    List<Enterprise> findByUsccIn(Collection<String> usccs);

    /** Enterprises per sector within a region-code range (an enterprise counts once in each of its sectors). */
}
