package org.zhiben.tip.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.zhiben.tip.TipState;

public interface TipRepository extends JpaRepository<Tip, UUID>, JpaSpecificationExecutor<Tip> {

    Optional<Tip> findByTrackingHash(String trackingHash);

    Optional<Tip> findByNo(String no);

    List<Tip> findBySameMatterAs(UUID id);

    /** Tips whose current step may be overdue: not in a terminal state, due before {@code now}. */
    List<Tip> findByStateNotInAndDueAtBefore(Collection<TipState> states, java.time.Instant now);
}
