package org.zhiben.training.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, UUID> {

    List<TrainingSession> findByEnterpriseIdOrderByStartsAtDesc(UUID enterpriseId);

    List<TrainingSession> findByCourseIdOrderByStartsAtDesc(UUID courseId);
}
