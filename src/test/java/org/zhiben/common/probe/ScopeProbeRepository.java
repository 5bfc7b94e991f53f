package org.zhiben.common.probe;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ScopeProbeRepository extends JpaRepository<ScopeProbe, UUID>, JpaSpecificationExecutor<ScopeProbe> {
}
