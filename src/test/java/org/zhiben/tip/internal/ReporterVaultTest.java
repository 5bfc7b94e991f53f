package org.zhiben.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * The vault seals with BouncyCastle's lightweight SM4/GCM; values stay exchangeable with the JCA provider's
 * {@code SM4/GCM/NoPadding} (how they were sealed before), both ways, and a value opens only on its own tip.
 */
class ReporterVaultTest {

    private static final String KEY = "00112233445566778899aabbccddeeff";
    private final ReporterVault vault = new ReporterVault(KEY);
    private final UUID tip = UUID.fromString("7d0c1f4e-0d7e-4b7a-9c55-2b1f0a9e3c11");

    private static Cipher jca(int mode, byte[] nonce, UUID tip) throws Exception {
        Cipher c = Cipher.getInstance("SM4/GCM/NoPadding", new BouncyCastleProvider());
        c.init(mode, new SecretKeySpec(HexFormat.of().parseHex(KEY), "SM4"), new GCMParameterSpec(128, nonce));
        c.updateAAD(tip.toString().getBytes(StandardCharsets.US_ASCII));
        return c;
    }

    @Test
    void aValueSealedByTheJcaProviderOpens() throws Exception {
        byte[] nonce = HexFormat.of().parseHex("0102030405060708090a0b0c");
        byte[] ct = jca(Cipher.ENCRYPT_MODE, nonce, tip).doFinal("张三\u001f13800000000\u001ffalse"
                .getBytes(StandardCharsets.UTF_8));
        String sealed = "sm4gcm1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length)
                .put(nonce).put(ct).array());

        assertThat(vault.openIdentity(tip, sealed)).isEqualTo(new ReporterVault.Identity("张三", "13800000000", false));
    }

    @Test
    void aValueSealedByTheVaultOpensWithTheJcaProvider() throws Exception {
        byte[] all = Base64.getDecoder().decode(vault.seal(tip, "实名举报人 李四").substring("sm4gcm1:".length()));
        byte[] nonce = java.util.Arrays.copyOf(all, 12);

        assertThat(new String(jca(Cipher.DECRYPT_MODE, nonce, tip).doFinal(all, 12, all.length - 12),
                StandardCharsets.UTF_8)).isEqualTo("实名举报人 李四");
    }

    @Test
    void aValueOpensOnlyOnItsOwnTipAndUntampered() {
        String sealed = vault.seal(tip, "王五");
        assertThat(vault.open(tip, sealed)).isEqualTo("王五");
        assertThatThrownBy(() -> vault.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        byte[] all = Base64.getDecoder().decode(sealed.substring("sm4gcm1:".length()));
        all[all.length - 1] ^= 1;
        String tampered = "sm4gcm1:" + Base64.getEncoder().encodeToString(all);
        assertThatThrownBy(() -> vault.open(tip, tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.open(tip, "sm4gcm1:AAAA")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ReporterVault("abc")).isInstanceOf(IllegalStateException.class);
    }
}
