package org.iptalent.spreadsheet.internal;

import org.iptalent.shared.BusinessRuleException;

/** What a whole workbook has cost its reader so far, against {@link WorkbookGuard.Limits}. */
final class WorkbookCost {

    /** The reader keeps every array formula and compares each cell against all of them. */
    private static final int MAX_ARRAY_FORMULAS = 10;
    private static final long MAX_FORMULA_TEXT = 16L * 1024 * 1024;
    /** What one shared string costs the reader beyond its characters: the String and its slot in the list. */
    private static final int STRING_OVERHEAD = 64;

    final WorkbookGuard.Limits limits;
    long inflated;
    long sharedStrings;
    long formulaText;
    int arrayFormulas;

    WorkbookCost(WorkbookGuard.Limits limits) {
        this.limits = limits;
    }

    void inflated(int n) {
        inflated += n;
        if (inflated > limits.maxInflated()) {
            throw new BusinessRuleException("file", "import.file.zipBomb");
        }
    }

    void sharedString(long bytes) {
        sharedStrings += bytes + STRING_OVERHEAD;
        if (sharedStrings > limits.maxSharedStrings()) {
            throw new BusinessRuleException("file", "import.file.sharedStringsTooLarge",
                    limits.maxSharedStrings() / (1024 * 1024));
        }
    }

    void formulaText(int n) {
        if ((formulaText += n) > MAX_FORMULA_TEXT) {
            throw new BusinessRuleException("file", "import.file.formulas");
        }
    }

    void arrayFormula() {
        if (++arrayFormulas > MAX_ARRAY_FORMULAS) {
            throw new BusinessRuleException("file", "import.file.formulas");
        }
    }
}
