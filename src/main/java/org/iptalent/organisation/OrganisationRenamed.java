package org.iptalent.organisation;

/**
 * An organisation's name changed; published inside the edit's transaction. The registry's search documents
 * carry their employer's name and are replaced once the change is committed.
 */
public record OrganisationRenamed(long id) {
}
