package org.zhiben.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PersonRepository extends JpaRepository<Person, UUID>, JpaSpecificationExecutor<Person> {

    java.util.Optional<Person> findFirstByUserId(UUID userId);

    java.util.Optional<Person> findByEnterpriseIdAndStaffNo(UUID enterpriseId, String staffNo);

    java.util.List<Person> findByEnterpriseIdOrderByName(UUID enterpriseId);
}
