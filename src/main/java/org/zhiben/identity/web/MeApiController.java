package org.zhiben.identity.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.Role;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "身份 Identity")
class MeApiController {

    private final DataScopes scopes;
    private final UserAccounts accounts;

    MeApiController(DataScopes scopes, UserAccounts accounts) {
        this.scopes = scopes;
        this.accounts = accounts;
    }

    record PasswordChange(@Size(max = 64) String currentPassword, @Size(max = 64) String newPassword) {
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

    /**
     * Changes the caller's password under the password rules (400 with the Chinese message per field otherwise);
     * afterwards every page session of the caller ends and all their API tokens, the one in use included, are revoked.
     */
    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改自己的密码(之后其他会话失效、API令牌全部吊销)")
    void changePassword(@AuthenticationPrincipal CurrentUser me, @RequestBody PasswordChange body) {
        accounts.changeOwnPassword(me.id(), body.currentPassword(), body.newPassword());
    }
}
