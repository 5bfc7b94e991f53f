package org.zhiben.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectorRepository extends JpaRepository<Sector, String> {

    List<Sector> findAllByOrderBySortOrder();
}
