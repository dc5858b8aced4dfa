package org.iptalent.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * The structure of the registry's talents as counts for statistics (the annual report): the talents present at the
 * end of a day, as the registry's indicator sources count them ({@code registry.talents}), by education, discipline,
 * age band or qualification held. Counts only, national, without any region check: the caller decides who may see
 * them.
 */
public interface TalentStructure {

    /** How the talents are broken down. */
    enum Breakdown { EDUCATION, DISCIPLINE, AGE_BAND, QUALIFICATION }

    /** Age bands at the day, by the birth date (none given: no band). */
    enum AgeBand { UNDER_30, FROM_30_TO_39, FROM_40_TO_49, FROM_50_TO_59, FROM_60 }

    /**
     * The talents of one value of a breakdown: an education or discipline code, an {@link AgeBand}'s name, or a
     * qualification type (a talent counted once in each type it holds, valid and not rejected at the day); null: not
     * given (never for qualifications).
     */
    record Share(String code, long count) {
    }

    /** The talents present at the end of {@code day} by one breakdown, in code order, the ones not given last. */
    List<Share> count(Breakdown breakdown, LocalDate day);
}
