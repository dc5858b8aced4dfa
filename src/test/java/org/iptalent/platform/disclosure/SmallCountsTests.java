package org.iptalent.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts of people shown to outsiders: small ones hidden, and none recoverable from a total shown beside them. */
class SmallCountsTests {

    @Test
    void countsFromOneToBelowTheThresholdAreSmallZeroAndTheThresholdAreNot() {
        assertThat(SmallCounts.THRESHOLD).isEqualTo(5);
        assertThat(SmallCounts.small(0, 5)).isFalse();
        assertThat(SmallCounts.small(1, 5)).isTrue();
        assertThat(SmallCounts.small(4, 5)).isTrue();
        assertThat(SmallCounts.small(5, 5)).isFalse();
    }

    @Test
    void aLoneHiddenCellBesideAShownTotalTakesTheNextSmallestWithIt() {
        // 3 + 40 + 7 + 0 = 50 shown: 50 - 40 - 7 would give the 3 away, so the 7 goes too (never the zero)
        assertThat(SmallCounts.hidden(new long[] {3, 40, 7, 0}, true, 5)).containsExactly(true, false, true, false);
        // without a total to subtract from, the small cell alone is hidden
        assertThat(SmallCounts.hidden(new long[] {3, 40, 7, 0}, false, 5)).containsExactly(true, false, false, false);
        // two hidden already: neither can be worked out from the total
        assertThat(SmallCounts.hidden(new long[] {3, 2, 40}, true, 5)).containsExactly(true, true, false);
        // nothing small: nothing hidden
        assertThat(SmallCounts.hidden(new long[] {12, 9, 0}, true, 5)).containsExactly(false, false, false);
    }
}
