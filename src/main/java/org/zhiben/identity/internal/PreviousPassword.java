package org.zhiben.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/** A password hash a user had before, kept to refuse its re-use. */
@Entity
@Table(name = "identity_password_history")
public class PreviousPassword {

    @Id
    private UUID id;
    private UUID userId;
    private String passwordHash;
    private Instant replacedAt;

    protected PreviousPassword() {
    }

    public PreviousPassword(UUID userId, String passwordHash, Instant replacedAt) {
        this.id = Ids.newId();
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.replacedAt = replacedAt;
    }

    public UUID getUserId() { return userId; }
    public String getPasswordHash() { return passwordHash; }
    public Instant getReplacedAt() { return replacedAt; }
}
