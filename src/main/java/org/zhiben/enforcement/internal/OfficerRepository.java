package org.zhiben.enforcement.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OfficerRepository extends JpaRepository<Officer, UUID>, JpaSpecificationExecutor<Officer> {

    boolean existsByUserId(UUID userId);

    boolean existsByCertNo(String certNo);

    java.util.Optional<Officer> findByUserId(UUID userId);
}
