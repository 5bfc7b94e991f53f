package org.zhiben.accident.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AccidentRepository extends JpaRepository<Accident, UUID>, JpaSpecificationExecutor<Accident> {
}
