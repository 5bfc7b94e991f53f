package org.zhiben.identity;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.zhiben.common.RegionCode;

/** Derives the {@link DataScope} of a user; the one entry point every module's queries start from. */
@Service
public class DataScopes {

    private final Organisations organisations;

    DataScopes(Organisations organisations) {
        this.organisations = organisations;
    }

    public DataScope of(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> DataScope.ALL;
            case OFFICIAL -> DataScope.jurisdiction(RegionCode.of(user.regionCode()),
                    user.departmentId() == null ? Set.of()
                            : organisations.sectorLimitOf(user.departmentId()).orElse(Set.of()));
            case ENTERPRISE_PRINCIPAL, ENTERPRISE_SAFETY_MANAGER, ENTERPRISE_WORKER -> DataScope.enterprise(user.enterpriseId());
            case EXPERT -> DataScope.NONE;
        };
    }

    /** Scope of the signed-in user; {@link DataScope#NONE} when nobody is signed in. */
    public DataScope current() {
        return currentUser().map(this::of).orElse(DataScope.NONE);
    }

    public static java.util.Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return java.util.Optional.of(user);
        }
        return java.util.Optional.empty();
    }
}
