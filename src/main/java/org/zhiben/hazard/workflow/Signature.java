package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * One of the three closure signatures: who signed in which role, when, and the hash of the hazard's canonical
 * content at that moment (with the algorithm). Voided signatures are kept, marked with when and why.
 */
@Entity
@Table(name = "hazard_signature")
public class Signature {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private SignatureRole role;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "user_name")
    private String userName;
    @Column(name = "signed_at")
    private Instant signedAt;
    private String algorithm;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "void_reason")
    private String voidReason;

    protected Signature() {
    }

    Signature(SignatureRole role, Actor actor, Instant at, String algorithm, String contentHash) {
        this.id = Ids.newId();
        this.role = role;
        this.userId = actor.id();
        this.userName = actor.name();
        this.signedAt = at;
        this.algorithm = algorithm;
        this.contentHash = contentHash;
    }

    boolean valid() {
        return voidedAt == null;
    }

    void voidBecause(String reason, Instant at) {
        if (voidedAt == null) {
            voidedAt = at;
            voidReason = reason;
        }
    }

    public UUID getId() {
        return id;
    }

    public SignatureRole getRole() {
        return role;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
