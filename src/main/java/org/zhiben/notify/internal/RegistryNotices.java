package org.zhiben.notify.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.directory.EnterpriseRegistered;
import org.zhiben.directory.EnterprisesImported;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Inbox;

/** Tells the officials responsible for an enterprise that it entered the registry; tells importers the outcome. */
@Component
class RegistryNotices {

    private final Inbox inbox;
    private final UserAccounts accounts;

    RegistryNotices(Inbox inbox, UserAccounts accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(EnterpriseRegistered event) {
        var officials = accounts.officialsCovering(event.regionCode(), event.sectors()).stream().map(UserRef::id).toList();
        inbox.post(officials, "新登记企业:" + event.name(), "辖区内新登记企业“" + event.name() + "”,请关注其安全生产情况。",
                "/enterprises/" + event.enterpriseId());
    }

    @ApplicationModuleListener
    void on(EnterprisesImported event) {
        inbox.post(java.util.List.of(event.importedBy()), "企业导入完成",
                "新增 " + event.created() + " 家,更新 " + event.updated() + " 家,失败 " + event.failed() + " 行。",
                "/enterprises");
    }
}
