package org.iptalent.registry;

/** An organisation as pages and the API show it. */
public record OrganisationView(long id, long version, String name, String type, String creditCode,
        String regionCode, String industryCode) {
}
