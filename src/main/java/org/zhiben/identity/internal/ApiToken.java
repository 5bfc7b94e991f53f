package org.zhiben.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/** A personal API token; only its SHA-256 is stored, the token itself is shown once at creation. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

    @Id
    private UUID id;
    private UUID userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant expiresAt;
    private boolean revoked;

    protected ApiToken() {
    }

    public ApiToken(UUID userId, String name, String tokenHash, String tokenPrefix, Instant now, Instant expiresAt) {
        this.id = Ids.newId();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return !revoked && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke() {
        revoked = true;
    }

    public UUID getId() { return id; }
    public UUID getUserId() { return userId; }
    public String getName() { return name; }
    public String getTokenPrefix() { return tokenPrefix; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public boolean isRevoked() { return revoked; }
}
