package org.zhiben.accident.rootcause;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RootCauseTopicRepository extends JpaRepository<RootCauseTopic, UUID>,
        JpaSpecificationExecutor<RootCauseTopic> {

    boolean existsByOfficeKeyAndKindAndPeriod(String officeKey, TopicKind kind, String period);
}
