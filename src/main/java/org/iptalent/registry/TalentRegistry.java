package org.iptalent.registry;

import java.util.Optional;

/** The registry's read API for other modules; every answer respects the signed-in user's region. */
public interface TalentRegistry {

    Optional<TalentView> find(long id);

    /** Talents in the current user's region (exact up to the search engine's counting threshold). */
    long count();
}
