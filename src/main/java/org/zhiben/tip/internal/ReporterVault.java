package org.zhiben.tip.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a reporter's identity and contact with SM4 (GB/T 32907) in GCM mode (BouncyCastle): a fresh 96-bit nonce per
 * value, a 128-bit tag, the tip's id as associated data (a sealed value copied onto another tip does not open). Stored
 * as {@code sm4gcm1:<base64(nonce || ciphertext || tag)>}. The 128-bit key is {@code zhiben.tip.identity-key} (32 hex
 * digits); application.yml carries a development key for the embedded profile, the prod profile requires
 * {@code ZHIBEN_TIP_IDENTITY_KEY}. Changing the key makes sealed values unreadable: rotate by re-sealing.
 */
@Component
public class ReporterVault {

    private static final String PREFIX = "sm4gcm1:";
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ReporterVault(@Value("${zhiben.tip.identity-key}") String hexKey) {
        byte[] k;
        try {
            k = HexFormat.of().parseHex(hexKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("zhiben.tip.identity-key must be 32 hex digits (128-bit SM4 key)");
        }
        if (k.length != 16) {
            throw new IllegalStateException("zhiben.tip.identity-key must be 32 hex digits (128-bit SM4 key)");
        }
        this.key = new SecretKeySpec(k, "SM4");
    }

    /** A reporter's details, sealed together. */
    public record Identity(String name, String contact, boolean joint) {
    }

    public String seal(UUID tipId, String plain) {
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("SM4/GCM/NoPadding", BC);
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(tipId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 sealing failed", e);
        }
    }

    public String open(UUID tipId, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("SM4/GCM/NoPadding", BC);
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(tipId.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed value does not open with this key (tampered or another key)", e);
        }
    }

    /** The identity as one sealed value: name, contact and the joint flag, separated by a unit separator. */
    public String sealIdentity(UUID tipId, Identity id) {
        return seal(tipId, id.name() + '\u001f' + id.contact() + '\u001f' + id.joint());
    }

    public Identity openIdentity(UUID tipId, String sealed) {
        String[] parts = open(tipId, sealed).split("\u001f", -1);
        return new Identity(parts[0], parts[1], parts.length > 2 && Boolean.parseBoolean(parts[2]));
    }
}
