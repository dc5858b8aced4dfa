package org.iptalent.expert.draw;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Uniform sampling without replacement that anyone can recompute from the draw's record. The numbers come from
 * SHA-256 over the seed and a counter (not from a JVM's generator, whose algorithm is not promised to stay), each
 * turned into an index below n by rejection (no modulo bias), and a partial Fisher–Yates shuffle of the eligible list
 * in id order picks k of them: every k experts, in every order, are equally likely. The seed comes from
 * {@link SecureRandom}, so nobody can choose it to get a wanted result.
 */
public final class DrawSampler {

    /** The name the draw records, so that a later change of method cannot replay an old draw differently. */
    public static final String ALGORITHM = "SHA256-FY-1";
    private static final int SEED_BYTES = 32;

    private final byte[] seed;
    private final MessageDigest sha256;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    public DrawSampler(String seedHex) {
        this.seed = HexFormat.of().parseHex(seedHex);
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("a seed is " + SEED_BYTES + " bytes");
        }
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newSeed(SecureRandom random) {
        byte[] bytes = new byte[SEED_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code k} distinct ids of the list (sorted by the caller), in the order drawn. */
    public List<Long> pick(List<Long> eligible, int k) {
        if (k < 0 || k > eligible.size()) {
            throw new IllegalArgumentException("cannot pick " + k + " of " + eligible.size());
        }
        long[] pool = eligible.stream().mapToLong(Long::longValue).toArray();
        List<Long> picked = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = i + below(pool.length - i);
            long chosen = pool[j];
            pool[j] = pool[i];
            pool[i] = chosen;
            picked.add(chosen);
        }
        return picked;
    }

    /** Uniform from 0 to bound - 1: 63 random bits, a draw in the incomplete last stretch of multiples rejected. */
    int below(int bound) {
        while (true) {
            long bits = nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return (int) value;
            }
        }
    }

    private long nextLong() {
        if (block.remaining() < Long.BYTES) {
            sha256.update(seed);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
            block = ByteBuffer.wrap(sha256.digest());
        }
        return block.getLong();
    }
}
