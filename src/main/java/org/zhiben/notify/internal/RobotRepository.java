package org.zhiben.notify.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RobotRepository extends JpaRepository<Robot, UUID> {

    List<Robot> findAllByOrderByCreatedAt();

    List<Robot> findByEnabledTrue();
}
