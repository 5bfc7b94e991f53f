package org.zhiben.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "身份 Identity")
class MeApiController {

    private final DataScopes scopes;

    MeApiController(DataScopes scopes) {
        this.scopes = scopes;
    }

    record Me(UUID id, String username, String displayName, Role role, String scopeKind, String regionCode,
            Set<String> sectors, UUID enterpriseId) {
    }

    @GetMapping
    @Operation(summary = "当前用户及其数据范围")
    Me me(@AuthenticationPrincipal CurrentUser me) {
        DataScope scope = scopes.of(me);
        return new Me(me.id(), me.getUsername(), me.displayName(), me.role(), scope.kind().name(),
                scope.region() == null ? null : scope.region().value(), scope.sectors(), scope.enterpriseId());
    }
}
