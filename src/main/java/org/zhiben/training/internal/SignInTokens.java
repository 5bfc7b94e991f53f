package org.zhiben.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed tokens of a session's QR sign-in link: {@code <session id>.<expiry, epoch seconds>.<HMAC-SHA256>}, valid
 * for {@code zhiben.training.sign-in-ttl} (default two hours) from when the session page showed it. The key is
 * {@code zhiben.training.sign-in-key} (hex, at least 32 bytes); when empty a random key per start is used, so a
 * restart (or another node) makes the open QR codes invalid and the page simply shows a new one. The token only
 * names the session: who signs in is always the logged-in user.
 */
@Component
public class SignInTokens {

    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;

    SignInTokens(Clock clock, @Value("${zhiben.training.sign-in-ttl:PT2H}") Duration ttl,
            @Value("${zhiben.training.sign-in-key:}") String hexKey) {
        this.clock = clock;
        this.ttl = ttl;
        byte[] k;
        if (hexKey == null || hexKey.isBlank()) {
            k = new byte[32];
            new SecureRandom().nextBytes(k);
        } else {
            k = HexFormat.of().parseHex(hexKey.strip());
        }
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    public record Token(String value, Instant expiresAt) {
    }

    public Token issue(UUID sessionId) {
        Instant expires = clock.instant().plus(ttl);
        String payload = sessionId + "." + expires.getEpochSecond();
        return new Token(payload + "." + sign(payload), expires);
    }

    /** The session a token names, if its signature is right and it has not expired. */
    public Optional<UUID> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] p = token.split("\\.");
        if (p.length != 3) {
            return Optional.empty();
        }
        String expected = sign(p[0] + "." + p[1]);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                p[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            if (clock.instant().getEpochSecond() > Long.parseLong(p[1])) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(p[0]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
