package org.zhiben.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AttemptRepository extends JpaRepository<Attempt, UUID>, JpaSpecificationExecutor<Attempt> {

    java.util.List<Attempt> findByPersonIdOrderByStartedAtDesc(UUID personId);

    java.util.Optional<Attempt> findFirstByExamIdAndPersonIdAndSubmittedAtIsNullOrderByStartedAtDesc(UUID examId, UUID personId);
}
