package org.zhiben.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreviousPasswordRepository extends JpaRepository<PreviousPassword, UUID> {

    /** The most recent first. */
    List<PreviousPassword> findByUserIdOrderByReplacedAtDescIdDesc(UUID userId, Limit limit);
}
