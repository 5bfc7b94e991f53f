package org.zhiben.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.zhiben.audit.AuditEntry;

class AuditHashingTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:15:30.123456Z");
    private static final String PREV = "a".repeat(64);

    private final AuditHashing hashing = new AuditHashing("SM3");

    private static AuditEntry entry(String algorithm) {
        return new AuditEntry(42L, AT, "admin", "UPDATE", "Enterprise", "e-1", "修改企业名称",
                "{\"name\":\"甲\"}", "{\"name\":\"乙\"}", algorithm, PREV, null);
    }

    private static AuditEntry with(AuditEntry e, String summary, String after, String prevHash, Instant at) {
        return new AuditEntry(e.seq(), at, e.actor(), e.action(), e.entityType(), e.entityId(), summary,
                e.before(), after, e.algorithm(), prevHash, e.hash());
    }

    private static String sm3Hex(byte[] input) {
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Test
    void bouncyCastleSm3MatchesGbT32905TestVector() {
        // GB/T 32905-2016 Appendix A.1: SM3("abc")
        assertThat(sm3Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        // Appendix A.2: "abcd" repeated 16 times (512 bits)
        assertThat(sm3Hex("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sm3HashIsDeterministicLowercaseHex64() {
        String first = hashing.hash(entry("SM3"));
        String second = new AuditHashing("SM3").hash(entry("SM3"));
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(second);
    }

    @Test
    void sm3HashIsOverTheDocumentedCanonicalContent() {
        // seq · epochSecond.micros · actor · action · entityType · entityId · summary · before · after · prevHash,
        // separated by U+001F, UTF-8, SM3
        String content = String.join("\u001f", "42", AT.getEpochSecond() + ".123456", "admin", "UPDATE",
                "Enterprise", "e-1", "修改企业名称", "{\"name\":\"甲\"}", "{\"name\":\"乙\"}", PREV);
        assertThat(hashing.hash(entry("SM3"))).isEqualTo(sm3Hex(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sm3AndSha256Differ() {
        String sm3 = hashing.hash(entry("SM3"));
        String sha = hashing.hash(entry("SHA-256"));
        assertThat(sha).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(sha).isNotEqualTo(sm3);
    }

    @Test
    void theEntrysOwnAlgorithmIsUsedNotTheDefault() {
        AuditHashing shaDefault = new AuditHashing("SHA-256");
        assertThat(shaDefault.hash(entry("SM3"))).isEqualTo(hashing.hash(entry("SM3")));
    }

    @Test
    void everyContentFieldChangesTheHash() {
        AuditEntry base = entry("SM3");
        String h = hashing.hash(base);
        assertThat(hashing.hash(with(base, "修改企业地址", base.after(), base.prevHash(), AT))).isNotEqualTo(h);
        assertThat(hashing.hash(with(base, base.summary(), "{\"name\":\"丙\"}", base.prevHash(), AT))).isNotEqualTo(h);
        assertThat(hashing.hash(with(base, base.summary(), base.after(), "b".repeat(64), AT))).isNotEqualTo(h);
        assertThat(hashing.hash(with(base, base.summary(), base.after(), base.prevHash(), AT.plusNanos(1000))))
                .isNotEqualTo(h);
        assertThat(hashing.hash(with(base, base.summary(), base.after(), base.prevHash(), AT.plusSeconds(1))))
                .isNotEqualTo(h);
        AuditEntry otherSeq = new AuditEntry(43L, AT, "admin", "UPDATE", "Enterprise", "e-1", "修改企业名称",
                base.before(), base.after(), "SM3", PREV, null);
        assertThat(hashing.hash(otherSeq)).isNotEqualTo(h);
        AuditEntry otherActor = new AuditEntry(42L, AT, "zhang", "UPDATE", "Enterprise", "e-1", "修改企业名称",
                base.before(), base.after(), "SM3", PREV, null);
        assertThat(hashing.hash(otherActor)).isNotEqualTo(h);
    }

    @Test
    void subMicrosecondPrecisionAndStoredHashAreIgnored() {
        // timestamps are stored with microsecond precision, so nanos below that must not matter
        AuditEntry base = entry("SM3");
        String h = hashing.hash(base);
        assertThat(hashing.hash(with(base, base.summary(), base.after(), base.prevHash(), AT.plusNanos(999))))
                .isEqualTo(h);
        AuditEntry withHash = new AuditEntry(42L, AT, "admin", "UPDATE", "Enterprise", "e-1", "修改企业名称",
                base.before(), base.after(), "SM3", PREV, h);
        assertThat(hashing.hash(withHash)).isEqualTo(h);
    }

    @Test
    void algorithmConfigurationIsNormalised() {
        assertThat(new AuditHashing("SM3").defaultAlgorithm()).isEqualTo("SM3");
        assertThat(new AuditHashing(" sm3 ").defaultAlgorithm()).isEqualTo("SM3");
        assertThat(new AuditHashing("sha256").defaultAlgorithm()).isEqualTo("SHA-256");
        assertThat(new AuditHashing("SHA-256").defaultAlgorithm()).isEqualTo("SHA-256");
        assertThatThrownBy(() -> new AuditHashing("MD5")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hashing.hash(entry("MD5"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void genesisIs64Zeros() {
        assertThat(AuditHashing.GENESIS).hasSize(64).matches("0{64}");
    }
}
