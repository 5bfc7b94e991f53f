package org.zhiben.inspection.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.directory.EnterpriseTab;

/** The 排查 tab on the enterprise page: completion of the last 30 days and links to plans and rates. */
@Component
class InspectionTab implements EnterpriseTab {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "insp.nav";
    }

    @Override
    public String contentUrl(UUID enterpriseId) {
        return "/inspection/enterprises/" + enterpriseId + "/tab";
    }
}
