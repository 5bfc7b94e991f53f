package org.zhiben.risk.inventory;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.directory.EnterpriseTab;

/** The 风险 tab on the enterprise page: the enterprise's level, units per level, a link to the inventory. */
@Component
class RiskTab implements EnterpriseTab {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "tab.risk";
    }

    @Override
    public String contentUrl(UUID enterpriseId) {
        return "/risk/enterprises/" + enterpriseId + "/tab";
    }
}
