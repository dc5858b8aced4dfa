/**
 * The talent registry: people, their qualifications, employers and organisations, talent flows;
 * Chinese full-text and faceted search; the API provincial systems sync with. Every read and write
 * is limited to the signed-in user's region. {@link org.iptalent.registry.TalentRegistry} is the
 * read API for other modules, and {@link org.iptalent.registry.TalentMovements} the one contract for how
 * talents join and move: other modules read it (the registry publishes no events), because imports write
 * hundreds of thousands of rows at once and every path that writes talents must count alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent registry")
package org.iptalent.registry;
