package org.iptalent.platform.disclosure;

/**
 * The rule for counts of people shown to readers who may not see the people themselves: a count from 1 to {@code
 * threshold - 1} could single someone out and is not shown (zero is: it names nobody). Where a line of cells adds up to
 * a total that is shown, hiding one cell alone is not enough (the total less the others gives it back), so the line's
 * next smallest count is hidden too (complementary suppression). Which lines add up is the caller's to say: an
 * employer's supply table hides along its rows (each talent has one education), the published annual report down its
 * columns (each talent lies in one province; its teams overlap).
 */
public final class SmallCounts {

    /** The smallest count shown to such readers. */
    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    /** Whether a count is small enough to single someone out: from 1 to {@code threshold - 1}. */
    public static boolean small(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    /**
     * Which cells of one line to hide: every small one, and when exactly one is hidden while the line's total is shown
     * (and is the cells' sum), the next smallest non-zero one as well.
     *
     * @param cells      the line's counts
     * @param totalShown whether the reader sees a total the cells add up to (false: no total, or a hidden one)
     */
    public static boolean[] hidden(long[] cells, boolean totalShown, int threshold) {
        boolean[] hidden = new boolean[cells.length];
        int suppressed = 0;
        for (int i = 0; i < cells.length; i++) {
            if (small(cells[i], threshold)) {
                hidden[i] = true;
                suppressed++;
            }
        }
        if (suppressed == 1 && totalShown) {
            int next = -1;
            for (int i = 0; i < cells.length; i++) {
                if (!hidden[i] && cells[i] > 0 && (next < 0 || cells[i] < cells[next])) {
                    next = i;
                }
            }
            if (next >= 0) {
                hidden[next] = true;
            }
        }
        return hidden;
    }
}
