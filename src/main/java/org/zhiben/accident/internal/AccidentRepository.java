package org.zhiben.accident.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.zhiben.accident.AccidentState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AccidentRepository extends JpaRepository<Accident, UUID>, JpaSpecificationExecutor<Accident> {

    /** Accidents whose reports up may still be running: first reported after {@code since}, not voided or closed. */
    List<Accident> findByStateNotInAndFirstReportedAtAfter(Collection<AccidentState> states, Instant since);
}
