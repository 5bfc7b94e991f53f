package org.zhiben.accident.rootcause;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RootCauseRepository extends JpaRepository<RootCause, UUID>, JpaSpecificationExecutor<RootCause> {

    Optional<RootCause> findBySubjectKindAndSubjectId(SubjectKind kind, UUID subjectId);
}
