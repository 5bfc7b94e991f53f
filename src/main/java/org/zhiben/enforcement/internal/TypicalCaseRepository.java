package org.zhiben.enforcement.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TypicalCaseRepository extends JpaRepository<TypicalCase, UUID>,
        JpaSpecificationExecutor<TypicalCase> {

    boolean existsByCaseId(UUID caseId);
}
