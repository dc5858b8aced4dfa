package org.iptalent.planning.evaluation;

import java.time.YearMonth;

/**
 * The two evaluations of a plan and the month each reads: the mid-term one as the plan stood at the end of its
 * period's middle year (December 2023 for 2021–2025; the earlier of the two middle years of an even period), the
 * final one at the end of its last year.
 */
public enum EvaluationKind {
    MIDTERM, FINAL;

    public YearMonth month(int startsYear, int endsYear) {
        int year = this == FINAL ? endsYear : startsYear + (endsYear - startsYear) / 2;
        return YearMonth.of(year, 12);
    }

    /** The kind a request names, the final one when it names none; an unknown name is null. */
    public static EvaluationKind parse(String name) {
        if (name == null || name.isBlank()) {
            return FINAL;
        }
        for (EvaluationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        return null;
    }
}
