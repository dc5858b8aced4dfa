/**
 * The talent registry: people, their qualifications and employers, talent flows; Chinese full-text and faceted
 * search; the API provincial systems sync with. Every read and write is limited to the signed-in user's region.
 * {@link org.iptalent.registry.TalentRegistry} is the read API for other modules, and
 * {@link org.iptalent.registry.TalentMovements} the one contract for how talents join and move: other modules
 * read it (the registry publishes no events), because imports write hundreds of thousands of rows at once and
 * every path that writes talents must count alike.
 * <p>
 * Employers are the organisation module's: a talent's employer is its {@code Organisation}, found through
 * {@code OrganisationRecords}. When an organisation is merged the registry moves its talents in the merge's
 * transaction (it implements {@code OrganisationReferences}), and after a rename or merge is committed it
 * replaces the staff's search documents ({@code OrganisationRenamed}, {@code OrganisationMerged}). One
 * exception to writing only its own tables, on purpose: an import (and the demo data) inserts the employers a
 * spreadsheet names into the organisation table with SQL, in the import's own transaction, for speed and so
 * that a failed import leaves no organisation behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent registry")
package org.iptalent.registry;
