package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;

/** The page form naming a recognised unit in the year's 通报表扬 list. */
public class ZeroCommendationForm {

    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 36) String unitYearId;
    private @Size(max = 500) String reason;

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getUnitYearId() { return unitYearId; }
    public void setUnitYearId(String unitYearId) { this.unitYearId = unitYearId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
