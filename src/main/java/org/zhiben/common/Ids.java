package org.zhiben.common;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUID version 7 (RFC 9562) for business records: index-friendly and shardable. */
public final class Ids {

    /**
     * One DRBG per thread: the default NativePRNG serialises every caller on one lock, which under load became a
     * queue of request threads waiting to make ids.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::drbg);

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        SecureRandom random = RANDOM.get();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every Java 9+ runtime", e);
        }
    }
}
