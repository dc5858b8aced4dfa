package org.iptalent.expert.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.iptalent.shared.RegionScope;

/**
 * The documents {@link ExpertSearch#predicate} matches, as a Lucene query, for counting the facets natively
 * ({@link org.iptalent.platform.search.KeywordCounts}). Only what decides the match set is here: the bigrams that
 * must match (smartcn's words only rank), the region scope and the filters. {@code ExpertFacetCountTests} checks
 * that both give the same matches and counts.
 */
final class ExpertFacetQuery {

    private ExpertFacetQuery() {
    }

    static Query of(ExpertCriteria c, RegionScope scope, Analyzer bigramQuery) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (c.q() == null) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            SimpleQueryParser parser = new SimpleQueryParser(bigramQuery, ExpertDocument.TEXT_BIGRAM);
            parser.setDefaultOperator(Occur.MUST);
            Query text = parser.parse(c.q());
            query.add(text == null ? new MatchNoDocsQuery() : text, Occur.MUST);
        }
        switch (scope.level()) {
            case PROVINCE, CITY -> filter(query, ExpertDocument.REGION, scope.regionCode());
            case NOTHING -> {
                return new MatchNoDocsQuery();
            }
            case NATIONAL -> { }
        }
        filter(query, ExpertDocument.CATEGORY, c.category());
        filter(query, ExpertDocument.IPC_SECTION, c.ipcSection());
        filter(query, ExpertDocument.IPC_CLASS, c.ipcClass());
        filter(query, ExpertDocument.DUTY, c.duty());
        filter(query, ExpertDocument.REGION, c.region());
        filter(query, ExpertDocument.STATUS, c.status());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
