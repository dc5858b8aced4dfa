package org.iptalent.expert.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.search.ExpertHits.ExpertCard;
import org.iptalent.expert.search.ExpertHits.Facet;
import org.iptalent.expert.search.ExpertHits.FacetCount;
import org.iptalent.platform.search.ChineseAnalysis;
import org.iptalent.platform.search.KeywordCounts;
import org.iptalent.platform.search.SearchGate;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Chinese full-text and faceted search of the expert pool, for administrators. The user's region is a filter inside
 * the query, and the database confirms every hit of the page before it is shown (the index narrows, it never
 * authorises): a stale document can make a count one too many until it is replaced, never show an expert outside the
 * user's region. The cards are read from the database, so they show what is current.
 */
@Service
public class ExpertSearch {

    private static final Logger log = LoggerFactory.getLogger(ExpertSearch.class);

    private static final Map<Facet, String> FIELDS = new EnumMap<>(Map.of(Facet.CATEGORY, ExpertDocument.CATEGORY,
            Facet.IPC_SECTION, ExpertDocument.IPC_SECTION, Facet.IPC_CLASS, ExpertDocument.IPC_CLASS, Facet.DUTY,
            ExpertDocument.DUTY, Facet.PROVINCE, ExpertDocument.PROVINCE, Facet.STATUS, ExpertDocument.STATUS));

    private final EntityManagerFactory entityManagerFactory;
    private final SearchGate gate;
    private final ExpertSearchLimits limits;
    private final ExpertCards cards;
    private final ExpertIndexer indexer;
    private volatile Optional<KeywordCounts> keywordCounts;
    private final ExecutorService repairs = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "expert-search-repair");
        thread.setDaemon(true);
        return thread;
    });

    ExpertSearch(EntityManagerFactory entityManagerFactory, SearchGate gate, ExpertSearchLimits limits,
            ExpertCards cards, ExpertIndexer indexer) {
        this.entityManagerFactory = entityManagerFactory;
        this.gate = gate;
        this.limits = limits;
        this.cards = cards;
        this.indexer = indexer;
    }

    /**
     * A page of experts matching the criteria in the user's region, with the facets' counts.
     *
     * @throws org.iptalent.shared.InvalidInputException every problem of the criteria, the page and the size at once
     */
    public ExpertHits search(ExpertCriteria criteria, int page, int size) {
        ExpertRecords.requireAdministrator();
        ExpertCriteria checked = limits.check(criteria, page, size);
        RegionScope scope = RegionScope.current();
        return gate.run(() -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                return search(entityManager, checked, scope, page, size);
            } catch (RuntimeException e) {
                throw translate(e);
            }
        });
    }

    private ExpertHits search(EntityManager entityManager, ExpertCriteria c, RegionScope scope, int page, int size) {
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.name()));
        }
        var query = Search.session(entityManager).search(Expert.class).select(f -> f.id(Long.class))
                .where(f -> predicate(f, c, scope));
        Optional<KeywordCounts> counter = keywordCounts();
        if (counter.isEmpty()) {
            for (Facet facet : Facet.values()) {
                query = query.aggregation(keys.get(facet), f -> f.terms().field(FIELDS.get(facet), String.class)
                        .maxTermCount(maxValues(facet)));
            }
        }
        var sorted = switch (c.sort() == null ? "" : c.sort()) {
            case "name" -> query.sort(f -> f.field(ExpertDocument.NAME_SORT).missing().last());
            case "updated" -> query.sort(f -> f.field(ExpertDocument.UPDATED).desc());
            // relevance is the engine's default order; without text, the most recently changed first
            default -> c.q() == null ? query.sort(f -> f.field(ExpertDocument.UPDATED).desc()) : query;
        };
        if (counter.isPresent()) {
            // the facets' pass counts every match anyway: the engine need not, which lets Lucene skip the documents
            // that cannot reach the page (block-max scores, a sort field's points) instead of visiting them all
            sorted = sorted.totalHitCountThreshold((long) page * size + size);
        }
        var result = sorted.fetch(page * size, size);
        List<Long> ids = result.hits();
        Map<Long, ExpertCard> confirmed = cards.visible(ids, scope);
        List<ExpertCard> rows = new ArrayList<>();
        List<Long> stale = new ArrayList<>();
        for (Long id : ids) {
            ExpertCard card = confirmed.get(id);
            if (card == null) {
                stale.add(id);
            } else {
                rows.add(card);
            }
        }
        if (!stale.isEmpty()) {
            repair(stale);
        }
        Map<Facet, Map<String, Long>> counted = new EnumMap<>(Facet.class);
        long total;
        if (counter.isPresent()) {
            KeywordCounts.Counts counts = count(counter.get(), c, scope);
            counted.putAll(byFacet(counts));
            total = counts.matches();
        } else {
            total = result.total().hitCount();
            for (Facet facet : Facet.values()) {
                counted.put(facet, result.aggregation(keys.get(facet)));
            }
        }
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        counted.forEach((facet, values) -> {
            List<FacetCount> counts = new ArrayList<>();
            new LinkedHashMap<>(values).forEach((code, count) -> counts.add(new FacetCount(code, count)));
            facets.put(facet, counts);
        });
        return new ExpertHits(rows, total, page, size, facets);
    }

    /** The facets' counts over every match, read natively from the index (see {@link KeywordCounts} for why). */
    static Map<Facet, Map<String, Long>> facetCounts(KeywordCounts counter, ExpertCriteria c, RegionScope scope) {
        return byFacet(count(counter, c, scope));
    }

    /** Every match counted once: how many there are (the list's total) and each facet's values. */
    static KeywordCounts.Counts count(KeywordCounts counter, ExpertCriteria c, RegionScope scope) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            limits.put(FIELDS.get(facet), maxValues(facet));
        }
        return counter.count(Expert.class,
                ExpertFacetQuery.of(c, scope, counter.analyzer(ChineseAnalysis.BIGRAM_QUERY)), limits);
    }

    private static Map<Facet, Map<String, Long>> byFacet(KeywordCounts.Counts counts) {
        Map<Facet, Map<String, Long>> byFacet = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            byFacet.put(facet, counts.byField().get(FIELDS.get(facet)));
        }
        return byFacet;
    }

    private static int maxValues(Facet facet) {
        return facet == Facet.IPC_CLASS ? 200 : 100;
    }

    /**
     * Resolved on the first search, once the search mapping has started. Empty on a backend other than Lucene, whose
     * searches count the facets with the engine's own aggregation.
     */
    private Optional<KeywordCounts> keywordCounts() {
        Optional<KeywordCounts> counter = keywordCounts;
        if (counter == null) {
            counter = KeywordCounts.of(entityManagerFactory);
            keywordCounts = counter;
        }
        return counter;
    }

    /** What a search matches: the text (any part of a name, an employer, an achievement), the filters, the region. */
    static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f,
            ExpertCriteria c, RegionScope scope) {
        var bool = f.bool();
        if (c.q() == null) {
            bool.must(f.matchAll());
        } else {
            // the bigrams decide what matches (any part of a name: a surname finds everyone bearing it); smartcn's
            // words only rank the hits
            bool.must(f.simpleQueryString().field(ExpertDocument.TEXT_BIGRAM).matching(c.q())
                    .defaultOperator(BooleanOperator.AND));
            bool.should(f.simpleQueryString().field(ExpertDocument.TEXT).matching(c.q())
                    .defaultOperator(BooleanOperator.AND));
        }
        switch (scope.level()) {
            case PROVINCE, CITY -> bool.filter(f.match().field(ExpertDocument.REGION).matching(scope.regionCode()));
            case NOTHING -> bool.filter(f.matchNone());
            case NATIONAL -> { }
        }
        filter(f, bool, ExpertDocument.CATEGORY, c.category());
        filter(f, bool, ExpertDocument.IPC_SECTION, c.ipcSection());
        filter(f, bool, ExpertDocument.IPC_CLASS, c.ipcClass());
        filter(f, bool, ExpertDocument.DUTY, c.duty());
        filter(f, bool, ExpertDocument.REGION, c.region());
        filter(f, bool, ExpertDocument.STATUS, c.status());
        return bool;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
            String value) {
        if (value != null) {
            bool.filter(f.match().field(field).matching(value));
        }
    }

    /** A hit the database did not confirm comes from a stale document: it is replaced in the background. */
    private void repair(List<Long> stale) {
        log.warn("Expert index held {} stale documents ({}): replacing them", stale.size(), stale);
        repairs.execute(() -> {
            try {
                indexer.replace(stale);
            } catch (RuntimeException e) {
                log.error("Could not replace stale expert documents {}", stale, e);
            }
        });
    }

    /** A query with more clauses than Lucene allows is the user's input at fault, not a failure. */
    private static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IndexSearcher.TooManyClauses) {
                return new BusinessRuleException("q", "expert.search.tooComplex");
            }
        }
        return e;
    }

    @PreDestroy
    void stop() {
        repairs.shutdownNow();
    }
}
