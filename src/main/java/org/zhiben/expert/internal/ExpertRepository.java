package org.zhiben.expert.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertRepository extends JpaRepository<Expert, UUID> {

    Optional<Expert> findByUserId(UUID userId);

    List<Expert> findAllByOrderByIdAsc();

    boolean existsByUserId(UUID userId);
}
