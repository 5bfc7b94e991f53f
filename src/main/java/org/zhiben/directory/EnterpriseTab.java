package org.zhiben.directory;

import java.util.UUID;
import org.zhiben.identity.CurrentUser;

/**
 * A tab on the enterprise detail page. Later modules (risk, hazard…) contribute tabs by declaring a bean; the
 * page loads each tab's content with HTMX from {@link #contentUrl(UUID)} (which must check scope itself).
 */
public interface EnterpriseTab {

    /** Sort key; the directory's own tabs use 10, 20, 30. */
    int order();

    /** Message key of the tab title. */
    String titleKey();

    String contentUrl(UUID enterpriseId);

    default boolean visibleTo(CurrentUser user) {
        return true;
    }
}
