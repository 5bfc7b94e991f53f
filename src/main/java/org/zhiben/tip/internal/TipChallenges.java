package org.zhiben.tip.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The anti-abuse challenge of the public tip form, without any outside service: a small sum in words, signed by the
 * server (HMAC-SHA256 over the operands, expiry and a nonce), valid for ten minutes and once (the nonces used are
 * remembered until they expire). The key is {@code zhiben.tip.challenge-key} (hex) or, when empty, a random one per
 * start (then a node restart or another node refuses an open form's challenge: the form simply asks again). It slows
 * scripts down together with the rate limit; it does not stop a determined program that reads the question.
 */
@Component
public class TipChallenges {

    static final long TTL_SECONDS = 600;
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Clock clock;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Long> used = new ConcurrentHashMap<>();

    TipChallenges(Clock clock, @Value("${zhiben.tip.challenge-key:}") String hexKey) {
        this.clock = clock;
        byte[] k;
        if (hexKey == null || hexKey.isBlank()) {
            k = new byte[32];
            random.nextBytes(k);
        } else {
            k = HexFormat.of().parseHex(hexKey.strip());
        }
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    /** A question and the signed token that goes back with the answer. */
    public record Challenge(String question, String token) {
    }

    public Challenge issue() {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        // the answer is not in the token, only bound into its signature
        String payload = (clock.instant().getEpochSecond() + TTL_SECONDS) + "." + HexFormat.of().formatHex(nonce);
        return new Challenge(DIGITS[a] + "加" + DIGITS[b] + "等于几?(请填阿拉伯数字)",
                payload + "." + sign(payload + "." + (a + b)));
    }

    /** Whether {@code answer} solves the challenge of {@code token}, unexpired and not used before; uses it up. */
    public boolean verify(String token, String answer) {
        if (token == null || answer == null || token.length() > 200 || !answer.strip().matches("\\d{1,3}")) {
            return false;
        }
        String[] p = token.split("\\.");
        if (p.length != 3) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        long expires;
        try {
            expires = Long.parseLong(p[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (now > expires) {
            return false;
        }
        used.entrySet().removeIf(e -> e.getValue() < now);
        // one attempt per challenge, right or wrong: a script cannot try every sum on one token
        if (used.putIfAbsent(p[1], expires) != null) {
            return false;
        }
        String expected = sign(p[0] + "." + p[1] + "." + Integer.parseInt(answer.strip()));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                p[2].getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
