package org.zhiben.campaign.web;

import org.springframework.stereotype.Component;
import org.zhiben.campaign.Campaigns;
import org.zhiben.identity.CurrentUser;

/** Whether the navigation shows 治本攻坚: officials and administrators, enterprise users whose unit has tasks or filings. */
@Component("campaignNav")
public class CampaignNav {

    private final Campaigns campaigns;
    private final org.zhiben.campaign.routine.Routines routines;

    CampaignNav(Campaigns campaigns, org.zhiben.campaign.routine.Routines routines) {
        this.campaigns = campaigns;
        this.routines = routines;
    }

    public boolean shows(CurrentUser me) {
        if (me == null) {
            return false;
        }
        if (me.isOfficialOrAdmin()) {
            return true;
        }
        return me.role().isEnterpriseRole() && me.enterpriseId() != null
                && (campaigns.isUnit(me.enterpriseId()) || routines.isFiler(me.enterpriseId()));
    }
}
