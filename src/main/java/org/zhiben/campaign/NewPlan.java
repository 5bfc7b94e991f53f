package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan to create: the issuing jurisdiction and office, level, parent plan, document number, dates and actions. */
public record NewPlan(String regionCode, PlanLevel level, String title, String issuer, String docNo, UUID parentId,
        LocalDate startDate, LocalDate endDate, LocalDate issuedOn, List<String> actions) {
}
