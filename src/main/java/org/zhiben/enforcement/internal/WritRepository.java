package org.zhiben.enforcement.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.zhiben.enforcement.WritKind;

public interface WritRepository extends JpaRepository<Writ, UUID>, JpaSpecificationExecutor<Writ> {

    List<Writ> findBySourceIdOrderByCreatedAt(UUID sourceId);

    Optional<Writ> findBySourceIdAndKind(UUID sourceId, WritKind kind);
}
