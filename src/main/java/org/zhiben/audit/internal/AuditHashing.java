package org.zhiben.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditEntry;

/**
 * Hashes an entry's content together with the previous hash. SM3 (GB/T 32905) by default, SHA-256 configurable
 * with {@code zhiben.audit.hash-algorithm}; each entry records its algorithm so a later switch still verifies.
 */
@Component
public class AuditHashing {

    public static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    private final String defaultAlgorithm;

    AuditHashing(@Value("${zhiben.audit.hash-algorithm:SM3}") String algorithm) {
        this.defaultAlgorithm = normalise(algorithm);
    }

    public String defaultAlgorithm() {
        return defaultAlgorithm;
    }

    public String hash(AuditEntry e) {
        String content = new StringBuilder().append(e.seq()).append(SEP)
                .append(e.occurredAt().getEpochSecond()).append('.').append(e.occurredAt().getNano() / 1000).append(SEP)
                .append(e.actor()).append(SEP).append(e.action()).append(SEP).append(e.entityType()).append(SEP)
                .append(e.entityId()).append(SEP).append(e.summary()).append(SEP).append(e.before()).append(SEP)
                .append(e.after()).append(SEP).append(e.prevHash()).toString();
        Digest digest = newDigest(e.algorithm());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static Digest newDigest(String algorithm) {
        return switch (algorithm) {
            case "SM3" -> new SM3Digest();
            case "SHA-256" -> new SHA256Digest();
            default -> throw new IllegalStateException("unknown audit hash algorithm " + algorithm);
        };
    }

    private static String normalise(String algorithm) {
        String a = algorithm.trim().toUpperCase().replace("SHA256", "SHA-256");
        newDigest(a);
        return a;
    }
}
