package org.iptalent.registry.internal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.platform.search.SearchGate;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentHits;
import org.iptalent.registry.TalentHits.Facet;
import org.iptalent.registry.TalentHits.FacetCount;
import org.iptalent.registry.internal.Talent;
import org.iptalent.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Full-text and faceted search of the registry. The user's region is a filter inside the query, and the
 * database confirms every hit before it is shown: a stale document can make a count or a facet count one
 * too many (until it is repaired), but never shows a record outside the user's region.
 */
@Service
public class TalentSearch {

    private static final Logger log = LoggerFactory.getLogger(TalentSearch.class);

    /** Without facets, counting stops above this many hits: the total is then a lower bound. */
    static final int EXACT_COUNT_LIMIT = 10_000;

    static final Map<Facet, String> FIELDS = new EnumMap<>(Map.of(Facet.PROVINCE, "provinceCode", Facet.CITY,
            "cityCode", Facet.TEAM, "categories.team", Facet.CATEGORY, "categories.category", Facet.QUALIFICATION,
            "qualifications.type", Facet.EDUCATION, "education", Facet.DISCIPLINE, "discipline", Facet.INDUSTRY,
            "industryCode", Facet.STATUS, "status"));

    private final EntityManagerFactory entityManagerFactory;
    private final SearchGate gate;
    private final JdbcTemplate jdbc;
    private final SearchIndexer indexer;
    private final PendingImports pendingImports;
    private final ExecutorService repairs = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-repair");
        thread.setDaemon(true);
        return thread;
    });

    TalentSearch(EntityManagerFactory entityManagerFactory, SearchGate gate, JdbcTemplate jdbc,
            SearchIndexer indexer, PendingImports pendingImports) {
        this.pendingImports = pendingImports;
        this.entityManagerFactory = entityManagerFactory;
        this.gate = gate;
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    public TalentHits search(TalentCriteria criteria, int page, int size) {
        return search(criteria, page, size, true);
    }

    /**
     * The ids a search matches in the user's region, at most {@code limit} (more is refused: a cohort is never cut
     * silently). Ids only, straight from the index; the caller confirms them against the database.
     */
    public List<Long> matchingIds(TalentCriteria criteria, int limit) {
        TalentSearchLimits.check(criteria);
        return gate.run(() -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                RegionScope scope = RegionScope.current();
                var result = Search.session(entityManager).search(Talent.class).select(f -> f.id(Long.class))
                        .where(f -> predicate(f, criteria, scope, pendingImports.hidden()))
                        .totalHitCountThreshold(limit + 1).fetch(limit + 1);
                if (result.hits().size() > limit) {
                    throw new org.iptalent.shared.BusinessRuleException("talent.cohort.tooLarge", limit);
                }
                return result.hits();
            } catch (RuntimeException e) {
                throw TalentSearchLimits.translate(e);
            }
        });
    }

    /**
     * Without facets when the caller shows none (the API): counting nine facets is most of a search's cost.
     * No transaction: the hits are projected from the index; the database is asked only which of a page's
     * hits the user may see.
     */
    public TalentHits search(TalentCriteria criteria, int page, int size, boolean withFacets) {
        TalentSearchLimits.check(criteria, page, size);
        return gate.run(() -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                return search(entityManager, criteria, page, size, withFacets);
            } catch (RuntimeException e) {
                throw TalentSearchLimits.translate(e);
            }
        });
    }

    private TalentHits search(EntityManager entityManager, TalentCriteria criteria, int page, int size,
            boolean withFacets) {
        RegionScope scope = RegionScope.current();
        int from = Math.max(0, page) * size;
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.name()));
        }
        // the rows come from the index itself: no entity is loaded to show a page of hits
        var query = Search.session(entityManager).search(Talent.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("name_sort", String.class),
                        f.field("gender", String.class, ValueModel.INDEX), f.field("identityMasked", String.class),
                        f.field("mobileMasked", String.class), f.field("employerName", String.class),
                        f.field("regionCode", String.class), f.field("position_keyword", String.class),
                        f.field("education", String.class), f.field("categoryCodes", String.class),
                        f.field("status", String.class, ValueModel.INDEX)).asArray())
                .where(f -> predicate(f, criteria, scope, pendingImports.hidden()));
        for (Facet facet : withFacets ? Facet.values() : new Facet[0]) {
            query = query.aggregation(keys.get(facet), f -> f.terms().field(FIELDS.get(facet), String.class, ValueModel.INDEX)
                    .maxTermCount(facet == Facet.INDUSTRY || facet == Facet.CITY ? 100 : 50));
        }
        var sorted = switch (criteria.sort() == null ? "" : criteria.sort()) {
            case "name" -> query.sort(f -> f.field("name_sort"));
            case "updated" -> query.sort(f -> f.field("updated").desc());
            // relevance is the engine's default order; asking for it explicitly would turn off the skipping
            // of documents that cannot reach the top page, which broad queries depend on
            default -> criteria.q() == null || criteria.q().isBlank() ? query.sort(f -> f.field("updated").desc())
                    : query;
        };
        // counting facets visits every match anyway, so the page's total is exact at no cost; without facets
        // (the API) counting stops early and the total is a lower bound
        var result = (withFacets ? sorted : sorted.totalHitCountThreshold(EXACT_COUNT_LIMIT)).fetch(from, size);
        List<TalentHits.TalentRow> rows = new ArrayList<>();
        List<Long> ids = result.hits().stream().map(v -> (Long) v[0]).toList();
        Set<Long> visible = visibleInDatabase(ids, scope);
        if (visible.size() < ids.size()) {
            repair(ids.stream().filter(id -> !visible.contains(id)).toList());
        }
        for (Object[] v : result.hits()) {
            if (!visible.contains((Long) v[0])) {
                continue;
            }
            String categories = (String) v[9];
            rows.add(new TalentHits.TalentRow((Long) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                    (String) v[5], (String) v[6], (String) v[7], (String) v[8],
                    categories == null || categories.isEmpty() ? List.of() : List.of(categories.split(",")),
                    (String) v[10]));
        }
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : withFacets ? Facet.values() : new Facet[0]) {
            Map<String, Long> counts = result.aggregation(keys.get(facet));
            List<FacetCount> list = new ArrayList<>();
            new LinkedHashMap<>(counts).forEach((code, count) -> list.add(new FacetCount(code, count)));
            facets.put(facet, list);
        }
        var total = result.total();
        return new TalentHits(rows, total.isHitCountExact() ? total.hitCount() : total.hitCountLowerBound(),
                total.isHitCountExact(), Math.max(0, page), size, facets);
    }

    /**
     * The index narrows, the database authorises: of the hits, those the database still places inside the
     * user's region and has not merged away. A stale document (a crash between commit and indexing, a bug)
     * then shows nothing it should not. One probe of the primary key for a page of hits.
     */
    private Set<Long> visibleInDatabase(List<Long> ids, RegionScope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> visible = new HashSet<>();
        jdbc.query("select id from talent where id = any(?) and region_code like ? and merged_into_id is null", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray()));
            ps.setString(2, scope.likePattern());
        }, rs -> {
            visible.add(rs.getLong(1));
        });
        return visible;
    }

    /**
     * A hit the database did not confirm comes from a stale document (counts and facets may still include it):
     * its document is replaced in the background, so the index mends itself where users meet the damage.
     */
    private void repair(List<Long> stale) {
        log.warn("Search index held {} stale documents ({}): replacing them", stale.size(), stale);
        repairs.execute(() -> {
            try {
                indexer.replace(stale);
            } catch (RuntimeException e) {
                log.error("Could not replace stale search documents {}", stale, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        repairs.shutdownNow();
    }

    /** What a search matches, within the user's region and without hidden imports; the export matches the same. */
    public static PredicateFinalStep predicate(SearchPredicateFactory f, TalentCriteria c, RegionScope scope,
            Set<Long> hiddenImports) {
        var bool = f.bool();
        if (c.q() == null || c.q().isBlank()) {
            bool.must(f.matchAll());
        } else {
            String text = c.q().trim();
            // the bigram field decides what matches (any part of a name or an employer: 北京 finds 北京市);
            // smartcn's words only rank the hits, so Lucene reads their postings just for the candidates
            bool.must(f.simpleQueryString().field("text_bigram").matching(text).defaultOperator(BooleanOperator.AND));
            bool.should(f.simpleQueryString().field("text").matching(text).defaultOperator(BooleanOperator.AND));
        }
        // the filters go in as one clause: Lucene then intersects them first, and scores the text only
        // where they all match (as separate clauses, a cached filter is checked only after the text)
        var filters = f.bool();
        // merged records are few: excluding them costs a lookup, where requiring "not merged" matched nearly all
        filters.mustNot(f.match().field("merged").matching(true));
        // documents an import wrote before its transaction committed: not there until it does
        if (!hiddenImports.isEmpty()) {
            filters.mustNot(f.terms().field("importJob").matchingAny(hiddenImports));
        }
        switch (scope.level()) {
            case PROVINCE -> filters.filter(f.match().field("provinceCode").matching(scope.regionCode()));
            case CITY -> filters.filter(f.match().field("cityCode").matching(scope.regionCode()));
            case NOTHING -> filters.filter(f.matchNone());
            case NATIONAL -> { }
        }
        filter(f, filters, "provinceCode", c.province());
        filter(f, filters, "cityCode", c.city());
        filter(f, filters, "categories.team", c.team());
        filter(f, filters, "categories.category", c.category());
        filter(f, filters, "qualifications.type", c.qualification());
        filter(f, filters, "education", c.education());
        filter(f, filters, "discipline", c.discipline());
        filter(f, filters, "industryCode", c.industry());
        filter(f, filters, "status", c.status());
        bool.filter(filters);
        return bool;
    }

    private static void filter(SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> bool, String field,
            String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f.match().field(field).matching(value.trim(), ValueModel.INDEX));
        }
    }
}
