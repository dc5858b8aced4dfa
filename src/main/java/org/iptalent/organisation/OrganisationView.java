package org.iptalent.organisation;

/**
 * An organisation as pages and the API show it. {@code verified} is false for an employer an import registered
 * from a bare name, until an administrator confirms, edits or merges it.
 */
public record OrganisationView(long id, long version, String name, String type, String creditCode,
        String regionCode, String industryCode, boolean verified) {
}
