package org.iptalent.expert.search;

/**
 * What an expert search asks for: Chinese text over name, employer and achievements, and a value per facet (a category
 * finds its sub-categories' experts too; a region is a province, a city or a county code). Blank means any.
 *
 * @param sort relevance (the default), name or updated
 */
public record ExpertCriteria(String q, String category, String ipcSection, String ipcClass, String duty, String region,
        String status, String sort) {

    public static ExpertCriteria text(String q) {
        return new ExpertCriteria(q, null, null, null, null, null, null, null);
    }
}
