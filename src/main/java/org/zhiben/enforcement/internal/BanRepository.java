package org.zhiben.enforcement.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface BanRepository extends JpaRepository<Ban, UUID>, JpaSpecificationExecutor<Ban> {
}
