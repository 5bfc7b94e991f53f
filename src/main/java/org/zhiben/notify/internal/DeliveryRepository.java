package org.zhiben.notify.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryRepository extends JpaRepository<Delivery, UUID> {

    Optional<Delivery> findByNoticeIdAndChannelAndTargetKey(UUID noticeId, Channel channel, String targetKey);

    List<Delivery> findByNoticeIdOrderByCreatedAt(UUID noticeId);

    List<Delivery> findAllByOrderByUpdatedAtDesc(Pageable pageable);
}
