package org.zhiben.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    /** The token and its owner in one query: every API call authenticates with it. */
    @Query("select new org.zhiben.identity.internal.TokenOwner(t, u) from ApiToken t, User u"
            + " where t.tokenHash = :hash and u.id = t.userId")
    Optional<TokenOwner> findWithUser(@Param("hash") String tokenHash);

    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(@Param("id") UUID id, @Param("at") Instant at);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

    /** Revokes every token of the user still in force; the count revoked. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update ApiToken t set t.revoked = true where t.userId = :user and t.revoked = false")
    int revokeAllOf(@Param("user") UUID userId);
}
