package org.iptalent.registry.internal.search;

import org.apache.lucene.search.IndexSearcher;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;

/**
 * What one registry search may ask for, checked where the search starts ({@link TalentSearch#search}),
 * so the API, the page and the export refuse the same things the same way: a 400 in the user's language
 * instead of a query Lucene cannot run.
 */
public final class TalentSearchLimits {

    /** The longest search text: every two characters are a clause of the bigram query, and Lucene allows 1,024. */
    public static final int MAX_QUERY_LENGTH = 100;

    /** The search's orders: relevance (the default, also when blank), by name, most recently updated first. */
    public static final SortFields SORTS = SortFields.of(Sort.unsorted(), "relevance", "name", "updated");

    private TalentSearchLimits() {
    }

    /** The text and the sort: what the export checks too. */
    public static void check(TalentCriteria criteria) {
        if (criteria.q() != null && criteria.q().trim().length() > MAX_QUERY_LENGTH) {
            throw new BusinessRuleException("q", "talent.search.tooLong", MAX_QUERY_LENGTH);
        }
        SORTS.name(criteria.sort());
    }

    /** The text, the sort and the page: a page's rows must lie within what the index pages to. */
    public static void check(TalentCriteria criteria, int page, int size) {
        check(criteria);
        PageRequests.page(page, size, PageRequests.SEARCH_WINDOW);
    }

    /**
     * Defence in depth: a query that still has more clauses than Lucene allows (the limit above is in
     * characters, the clauses come from the analysers) is the user's input at fault, not a failure.
     */
    static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IndexSearcher.TooManyClauses) {
                return new BusinessRuleException("q", "talent.search.tooComplex");
            }
        }
        return e;
    }
}
