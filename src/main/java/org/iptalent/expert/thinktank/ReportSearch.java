package org.iptalent.expert.thinktank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.thinktank.ReportHits.Facet;
import org.iptalent.expert.thinktank.ReportHits.FacetCount;
import org.iptalent.expert.thinktank.ReportHits.ReportCard;
import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.platform.search.SearchGate;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Chinese full-text and faceted search of the think tanks' reports (title, abstract, the think tank's name), for
 * administrators. The user's region is a filter inside the query, and the database confirms every hit of the page
 * (its think tank in the user's region) before it is shown: the index narrows, it never authorises.
 */
@Service
public class ReportSearch {

    private static final Map<Facet, String> FIELDS = new EnumMap<>(Map.of(Facet.THINK_TANK,
            ReportDocument.THINK_TANK, Facet.TOPIC_STATE, ReportDocument.TOPIC_STATE, Facet.YEAR,
            ReportDocument.YEAR));

    private final EntityManagerFactory entityManagerFactory;
    private final SearchGate gate;
    private final JdbcTemplate jdbc;

    ReportSearch(EntityManagerFactory entityManagerFactory, SearchGate gate, JdbcTemplate jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.gate = gate;
        this.jdbc = jdbc;
    }

    /**
     * A page of reports matching the criteria in the user's region, with the facets' counts.
     *
     * @throws org.iptalent.shared.InvalidInputException every problem of the criteria, the page and the size at once
     */
    public ReportHits search(ReportCriteria criteria, int page, int size) {
        ExpertRecords.requireAdministrator();
        ReportCriteria checked = criteria.checked(page, size);
        RegionScope scope = RegionScope.current();
        var result = gate.run(() -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
                var query = Search.session(entityManager).search(ThinkTankReport.class).select(f -> f.id(Long.class))
                        .where(f -> predicate(f, checked, scope));
                for (Facet facet : Facet.values()) {
                    keys.put(facet, AggregationKey.of(facet.name()));
                    query = query.aggregation(keys.get(facet), f -> f.terms().field(FIELDS.get(facet), String.class)
                            .maxTermCount(50));
                }
                var sorted = checked.q() == null ? query.sort(f -> f.field(ReportDocument.PUBLISHED).desc()) : query;
                var fetched = sorted.fetch(page * size, size);
                Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
                for (Facet facet : Facet.values()) {
                    List<FacetCount> counts = new ArrayList<>();
                    fetched.aggregation(keys.get(facet)).forEach((code, count) -> counts.add(
                            new FacetCount(code, count)));
                    facets.put(facet, counts);
                }
                return new Found(fetched.hits(), fetched.total().hitCount(), facets);
            } catch (RuntimeException e) {
                throw translate(e);
            }
        });
        // the hits confirmed and read from the database outside the gate
        Map<Long, ReportCard> confirmed = cards(result.ids(), scope);
        List<ReportCard> rows = result.ids().stream().filter(confirmed::containsKey).map(confirmed::get).toList();
        return new ReportHits(rows, result.total(), page, size, result.facets());
    }

    private record Found(List<Long> ids, long total, Map<Facet, List<FacetCount>> facets) {
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, ReportCriteria c, RegionScope scope) {
        var bool = f.bool();
        if (c.q() == null) {
            bool.must(f.matchAll());
        } else {
            // the bigrams decide what matches (any two characters of a word); smartcn's words only rank the hits
            bool.must(f.simpleQueryString().field(ReportDocument.TEXT_BIGRAM).matching(c.q())
                    .defaultOperator(BooleanOperator.AND));
            bool.should(f.simpleQueryString().field(ReportDocument.TEXT).matching(c.q())
                    .defaultOperator(BooleanOperator.AND));
        }
        switch (scope.level()) {
            case PROVINCE, CITY -> bool.filter(f.match().field(ReportDocument.REGION).matching(scope.regionCode()));
            case NOTHING -> bool.filter(f.matchNone());
            case NATIONAL -> { }
        }
        if (c.thinkTank() != null) {
            bool.filter(f.match().field(ReportDocument.THINK_TANK).matching(String.valueOf(c.thinkTank())));
        }
        if (c.topicState() != null) {
            bool.filter(f.match().field(ReportDocument.TOPIC_STATE).matching(c.topicState()));
        }
        if (c.year() != null) {
            bool.filter(f.match().field(ReportDocument.YEAR).matching(String.valueOf(c.year())));
        }
        return bool;
    }

    /** The reports among the ids whose think tank lies in the scope, as cards. */
    private Map<Long, ReportCard> cards(List<Long> ids, RegionScope scope) {
        Map<Long, ReportCard> cards = new HashMap<>();
        if (ids.isEmpty()) {
            return cards;
        }
        jdbc.query("""
                select r.id, t.id, t.name, r.title, r.abstract, p.title, p.state, r.published_on
                from think_tank_report r join think_tank t on t.id = r.think_tank_id
                left join research_topic p on p.id = r.topic_id
                where r.id = any(?) and t.region_code like ?""", rs -> {
            cards.put(rs.getLong(1), new ReportCard(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7) == null ? null : State.valueOf(rs.getString(7)),
                    rs.getObject(8, LocalDate.class)));
        }, ids.toArray(Long[]::new), scope.likePattern());
        return cards;
    }

    /** A query with more clauses than Lucene allows is the user's input at fault, not a failure. */
    private static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IndexSearcher.TooManyClauses) {
                return new BusinessRuleException("q", "thinktank.search.tooComplex");
            }
        }
        return e;
    }
}
