package org.zhiben.tip.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
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

    /**
     * The key. BouncyCastle's lightweight API (the same SM4 and GCM as its JCA provider, the same output): registering
     * the JCA provider loads a few thousand classes of every algorithm, seconds of a small server's start-up.
     */
    private final KeyParameter key;
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
        this.key = new KeyParameter(k);
    }

    /** A reporter's details, sealed together. */
    public record Identity(String name, String contact, boolean joint) {
    }

    public String seal(UUID tipId, String plain) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        GCMModeCipher c = cipher(true, tipId, nonce);
        byte[] ct = new byte[c.getOutputSize(in.length)];
        try {
            int n = c.processBytes(in, 0, in.length, ct, 0);
            c.doFinal(ct, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4 sealing failed", e);
        }
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct)
                .array());
    }

    public String open(UUID tipId, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length < 12 + 16) {
                throw new IllegalArgumentException("too short");
            }
            byte[] nonce = Arrays.copyOf(all, 12);
            GCMModeCipher c = cipher(false, tipId, nonce);
            byte[] out = new byte[c.getOutputSize(all.length - 12)];
            int n = c.processBytes(all, 12, all.length - 12, out, 0);
            n += c.doFinal(out, n);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed value does not open with this key (tampered or another key)", e);
        }
    }

    /** SM4 in GCM mode with a 128-bit tag and the tip's id as associated data. */
    private GCMModeCipher cipher(boolean sealing, UUID tipId, byte[] nonce) {
        GCMModeCipher c = GCMBlockCipher.newInstance(new SM4Engine());
        c.init(sealing, new AEADParameters(key, 128, nonce, tipId.toString().getBytes(StandardCharsets.US_ASCII)));
        return c;
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
