package org.zhiben.enforcement.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<EnforcementCase, UUID>, JpaSpecificationExecutor<EnforcementCase> {
}
