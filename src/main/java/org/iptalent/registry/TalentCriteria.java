package org.iptalent.registry;

/** What a registry search asks for: free text plus facet filters (all optional). */
public record TalentCriteria(String q, String province, String city, String team, String category,
        String qualification, String education, String discipline, String industry, String status, String sort) {

    public static TalentCriteria text(String q) {
        return new TalentCriteria(q, null, null, null, null, null, null, null, null, null, null);
    }
}
