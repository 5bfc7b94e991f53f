package org.zhiben.accident.zero;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZeroCommendationRepository extends JpaRepository<ZeroCommendation, UUID> {
}
