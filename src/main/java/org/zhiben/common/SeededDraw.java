package org.zhiben.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A public, reproducible random draw (双随机 enterprises and officers, experts for an assignment): given the seed
 * and the candidates in their recorded order, anyone can repeat it — in any language — and get the same result.
 *
 * <p>Algorithm (documented so that it can be re-implemented): the random stream is SHA-256(seed UTF-8 ‖ counter as
 * 8 bytes big-endian) for counter 0, 1, 2…, read as unsigned 64-bit big-endian words (four per block). A partial
 * Fisher–Yates shuffle picks {@code count} candidates: for i = 0..count-1, an index j uniform in [i, n) is taken by
 * rejection sampling (words at or above the largest multiple of (n - i) below 2^64 are skipped, so every index is
 * equally likely), and candidates i and j swap. The first {@code count} candidates are the draw, in draw order.
 */
public final class SeededDraw {

    private SeededDraw() {
    }

    /** A fresh seed for a new draw: 128 random bits as 32 hex digits, to be recorded with the draw. */
    public static String newSeed() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Draws {@code count} of {@code candidates} (all of them when fewer), uniformly without replacement.
     *
     * @throws IllegalArgumentException for a blank seed or a negative count
     */
    public static <T> List<T> draw(String seed, List<T> candidates, int count) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("抽取种子不能为空");
        }
        if (count < 0) {
            throw new IllegalArgumentException("抽取数量不能为负数");
        }
        List<T> pool = new ArrayList<>(candidates);
        int n = pool.size();
        int k = Math.min(count, n);
        Stream stream = new Stream(seed);
        for (int i = 0; i < k; i++) {
            int j = i + stream.below(n - i);
            T picked = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, picked);
        }
        return List.copyOf(pool.subList(0, k));
    }

    /** The SHA-256 counter-mode word stream. */
    private static final class Stream {

        private final byte[] seed;
        private final MessageDigest sha;
        private long counter;
        private ByteBuffer block = ByteBuffer.allocate(0);

        Stream(String seed) {
            this.seed = seed.getBytes(StandardCharsets.UTF_8);
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A uniform integer in [0, bound). */
        int below(int bound) {
            // 2^64 mod bound, computed unsigned: words below 2^64 - that remainder are accepted.
            long remainder = Long.remainderUnsigned(-1L, bound);
            remainder = (remainder + 1) % bound;
            long limit = -remainder; // 2^64 - remainder as an unsigned value (0 means: accept every word)
            while (true) {
                long word = next();
                if (remainder == 0 || Long.compareUnsigned(word, limit) < 0) {
                    return (int) Long.remainderUnsigned(word, bound);
                }
            }
        }

        private long next() {
            if (!block.hasRemaining()) {
                sha.reset();
                sha.update(seed);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
                block = ByteBuffer.wrap(sha.digest());
            }
            return block.getLong();
        }
    }
}
