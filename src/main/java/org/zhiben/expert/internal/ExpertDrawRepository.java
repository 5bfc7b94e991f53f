package org.zhiben.expert.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertDrawRepository extends JpaRepository<ExpertDraw, UUID> {
}
