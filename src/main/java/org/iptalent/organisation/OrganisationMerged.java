package org.iptalent.organisation;

/**
 * An unverified organisation ({@code id}) was merged into the one it duplicated ({@code intoId}); published inside
 * the merge's transaction, after every {@link OrganisationReferences} moved its records, so a listener after the
 * commit (the registry replacing the search documents of the survivor's staff) reads them where they now are.
 */
public record OrganisationMerged(long id, long intoId) {
}
