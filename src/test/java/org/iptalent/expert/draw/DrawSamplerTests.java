package org.iptalent.expert.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The draw's sampling: a seed gives the same experts every time (over many seeds); every expert is equally likely in
 * every place, and every pair of experts equally likely (chi-square, at a level a fair sampler fails once in 100,000
 * runs), which a window over the sorted list fails.
 */
class DrawSamplerTests {

    /** Chi-square's 0.99999 quantiles (Wilson–Hilferty) for 19 and 27 degrees of freedom. */
    private static final double LIMIT_19 = 57.87;
    private static final double LIMIT_27 = 70.76;
    private static final List<Long> HUNDRED = LongStream.rangeClosed(1001, 1100).boxed().toList();
    private final SecureRandom random = new SecureRandom();

    @Test
    void aSeedGivesTheSameDrawEveryTime() {
        for (int n = 0; n < 2000; n++) {
            String seed = DrawSampler.newSeed(random);
            List<Long> first = new DrawSampler(seed).pick(HUNDRED, 7);
            assertThat(new DrawSampler(seed).pick(HUNDRED, 7)).as("seed %s", seed).isEqualTo(first);
            assertThat(new HashSet<>(first)).as("distinct").hasSize(7);
            assertThat(HUNDRED).containsAll(first);
        }
        String zeros = "00".repeat(32);
        assertThat(new DrawSampler(zeros).pick(HUNDRED, 5)).isNotEqualTo(new DrawSampler("00".repeat(31) + "01")
                .pick(HUNDRED, 5));
    }

    @Test
    void everyExpertIsEquallyLikelyInEveryPlace() {
        int n = 20;
        int k = 3;
        int draws = 60_000;
        List<Long> ids = LongStream.range(0, n).boxed().toList();
        long[][] counts = new long[k][n];
        for (int d = 0; d < draws; d++) {
            List<Long> picked = new DrawSampler(DrawSampler.newSeed(random)).pick(ids, k);
            for (int place = 0; place < k; place++) {
                counts[place][picked.get(place).intValue()]++;
            }
        }
        for (int place = 0; place < k; place++) {
            assertThat(chiSquare(counts[place], (double) draws / n)).as("place %d", place).isLessThan(LIMIT_19);
        }
    }

    @Test
    void everyPairIsEquallyLikelyAndAWindowIsNot() {
        int n = 8;
        int draws = 56_000;
        List<Long> ids = LongStream.range(0, n).boxed().toList();
        long[] sampled = new long[28];
        long[] window = new long[28];
        for (int d = 0; d < draws; d++) {
            List<Long> picked = new DrawSampler(DrawSampler.newSeed(random)).pick(ids, 2);
            sampled[pair(picked.get(0).intValue(), picked.get(1).intValue(), n)]++;
            // a draw that takes two neighbours of the sorted list from a random start
            int start = new DrawSampler(DrawSampler.newSeed(random)).below(n);
            window[pair(start, (start + 1) % n, n)]++;
        }
        assertThat(chiSquare(sampled, draws / 28.0)).isLessThan(LIMIT_27);
        assertThat(chiSquare(window, draws / 28.0)).isGreaterThan(LIMIT_27);
    }

    @Test
    void moreThanTheListHoldsIsRefused() {
        assertThatThrownBy(() -> new DrawSampler(DrawSampler.newSeed(random)).pick(List.of(1L, 2L), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawSampler("abcd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DrawSampler(DrawSampler.newSeed(random)).pick(List.of(5L), 1)).containsExactly(5L);
    }

    /** The index of an unordered pair of distinct numbers below n, 0 to n(n-1)/2 - 1. */
    private static int pair(int a, int b, int n) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return low * n - low * (low + 1) / 2 + (high - low - 1);
    }

    private static double chiSquare(long[] observed, double expected) {
        double sum = 0;
        for (long o : observed) {
            sum += (o - expected) * (o - expected) / expected;
        }
        return sum;
    }
}
