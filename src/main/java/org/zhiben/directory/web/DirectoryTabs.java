package org.zhiben.directory.web;

import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.directory.EnterpriseTab;

/** The directory's own tabs on the enterprise page; other modules add theirs the same way. */
@Configuration(proxyBeanMethods = false)
class DirectoryTabs {

    @Bean
    EnterpriseTab documentsTab() {
        return tab(20, "tab.documents", "documents");
    }

    @Bean
    EnterpriseTab historyTab() {
        return tab(30, "tab.history", "history");
    }

    private static EnterpriseTab tab(int order, String titleKey, String path) {
        return new EnterpriseTab() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public String contentUrl(UUID enterpriseId) {
                return "/enterprises/" + enterpriseId + "/tabs/" + path;
            }
        };
    }
}
