package org.zhiben.accident;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An official confirmed the 黑名单 entry of a 重大 or 特别重大 accident of an enterprise: the law provides that its
 * 主要负责人 (and, by seed 003, its 实际控制人) may never again head an enterprise of the trade (安全生产法 第九十四条).
 * Published in the confirmation's transaction; the enforcement module, which keeps the lifetime-ban register, records
 * it as a proposal for its officials to decide through a case. Names are as the registry holds them (null when none).
 */
public record LifetimeBanProposed(UUID accidentId, UUID enterpriseId, String enterpriseName, String regionCode,
        Set<String> sectors, AccidentGrade grade, String principalName, String actualControllerName, String reason,
        LocalDate proposedOn) {

    public LifetimeBanProposed {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
