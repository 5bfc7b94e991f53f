package org.zhiben.hazard.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.zhiben.common.FieldViolation;

/**
 * 三签字: the closure signatures of a major hazard, in the order principal, regulator reviewer, regulator head, each
 * over the hash of the hazard's canonical content. Works on the hazard's list of signatures; voided ones stay in it,
 * marked with when and why.
 */
final class SignatureChain {

    private final List<Signature> signatures;

    SignatureChain(List<Signature> signatures) {
        this.signatures = signatures;
    }

    /** The next role to sign; empty once all three are valid. */
    Optional<SignatureRole> next() {
        for (SignatureRole role : SignatureRole.values()) {
            if (valid(role).isEmpty()) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    Optional<Signature> valid(SignatureRole role) {
        return signatures.stream().filter(s -> s.valid() && s.getRole() == role).findFirst();
    }

    /** One message per role still to sign, for a closure that needs all three. */
    List<FieldViolation> missing() {
        List<FieldViolation> v = new ArrayList<>();
        for (SignatureRole role : SignatureRole.values()) {
            if (valid(role).isEmpty()) {
                v.add(new FieldViolation("signatures", "重大事故隐患销号须有" + role.label() + "签字"));
            }
        }
        return v;
    }

    /**
     * A signature covers the content it was given on: once the content differs ({@code contentHash} answers the
     * current hash for an algorithm), that signature and every later one are voided, so the order starts again from
     * the first broken one.
     */
    void voidNotMatching(UnaryOperator<String> contentHash, Instant now) {
        boolean broken = false;
        for (SignatureRole role : SignatureRole.values()) {
            Optional<Signature> s = valid(role);
            if (s.isEmpty()) {
                broken = true;
                continue;
            }
            if (broken || !s.get().getContentHash().equals(contentHash.apply(s.get().getAlgorithm()))) {
                s.get().voidBecause(broken ? "前序签字已作废" : "签字后隐患内容已变更", now);
                broken = true;
            }
        }
    }

    void voidAll(String reason, Instant now) {
        signatures.stream().filter(Signature::valid).forEach(s -> s.voidBecause(reason, now));
    }

    /** The next signature in order, by {@code by}, over the content hashed as {@code contentHash}. */
    Signature sign(Actor by, Instant now, String algorithm, String contentHash) {
        Signature s = new Signature(next().orElseThrow(), by, now, algorithm, contentHash);
        signatures.add(s);
        return s;
    }

    /** The hex hash of {@code content} with SM3 or SHA-256. */
    static String hash(String algorithm, String content) {
        Digest digest = switch (algorithm) {
            case "SM3" -> new SM3Digest();
            case "SHA-256" -> new SHA256Digest();
            default -> throw new IllegalStateException("unknown signature hash algorithm " + algorithm);
        };
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
