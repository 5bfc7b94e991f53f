package org.zhiben.campaign;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan to create: the issuing jurisdiction and office, level, parent plan, document number, dates and actions. */
public record NewPlan(@Size(max = 12) String regionCode, PlanLevel level, @Size(max = 300) String title, @Size(max = 200) String issuer, @Size(max = 100) String docNo, UUID parentId,
        LocalDate startDate, LocalDate endDate, LocalDate issuedOn, List<@Size(max = 2000) String> actions) {
}
