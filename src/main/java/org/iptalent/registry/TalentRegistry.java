package org.iptalent.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry's read API for other modules; every answer respects the signed-in user's region unless it says not. */
public interface TalentRegistry {

    Optional<TalentView> find(long id);

    /** Talents in the current user's region, exact. */
    long count();

    /**
     * The cards of these talents, WITHOUT the region check: for a module that shows people its own records tie to
     * the user (a base manager's trainees), and has checked that tie. Unknown and merged ids are left out.
     */
    Map<Long, TalentCard> cards(Collection<Long> ids);

    /**
     * The talents a registry search matches, in the user's region as the database confirms it (the index only
     * narrows), at most {@code limit}: a cohort to enrol. More matches than that is a refusal, never a silent cut.
     */
    List<TalentCard> cohort(TalentCriteria criteria, int limit);

    /**
     * The talents (not merged) employed now or before by any of these organisations, WITHOUT the region check: ids
     * only, for avoiding conflicts of interest (an expert is not drawn for a matter of a party it works or worked for).
     */
    Set<Long> employedAt(Collection<Long> organisationIds);
}
