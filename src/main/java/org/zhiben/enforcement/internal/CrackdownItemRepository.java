package org.zhiben.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CrackdownItemRepository extends JpaRepository<CrackdownItem, UUID>,
        JpaSpecificationExecutor<CrackdownItem> {

    boolean existsByRegionCodeAndYear(String regionCode, int year);

    /** Unfiled items due on or before {@code until}: the candidates for a reminder. */
    List<CrackdownItem> findByFiledOnIsNullAndDueDateLessThanEqual(LocalDate until);
}
