package org.iptalent.organisation;

/** An organisation as entered. The credit code may be left out only for government bodies. */
public record OrganisationInput(String name, String type, String creditCode, String regionCode, String industryCode) {
}
