package org.iptalent.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's read API for other modules. */
@Component
class RegistryFacts implements TalentRegistry {

    private static final String CARD = """
            select t.id, t.name, t.region_code, o.name, t.mobile_masked, t.status
            from talent t left join organisation o on o.id = t.employer_id
            """;

    private final TalentRecords records;
    private final JdbcTemplate jdbc;
    private final TalentSearch search;
    private final TalentCounts counts;

    RegistryFacts(TalentRecords records, JdbcTemplate jdbc, TalentSearch search, TalentCounts counts) {
        this.records = records;
        this.jdbc = jdbc;
        this.search = search;
        this.counts = counts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, TalentCard> cards(Collection<Long> ids) {
        Map<Long, TalentCard> cards = new HashMap<>();
        if (ids.isEmpty()) {
            return cards;
        }
        jdbc.query(CARD + " where t.id = any(?) and t.merged_into_id is null",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
                rs -> {
                    cards.put(rs.getLong(1), new TalentCard(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                });
        return cards;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TalentCard> cohort(TalentCriteria criteria, int limit) {
        RegionScope scope = RegionScope.current();
        List<Long> ids = search.matchingIds(criteria, limit);
        List<TalentCard> cohort = new ArrayList<>(ids.size());
        jdbc.query(CARD + " where t.id = any(?) and t.region_code like ? and t.merged_into_id is null order by t.id",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray()));
                    ps.setString(2, scope.likePattern());
                },
                rs -> {
                    cohort.add(new TalentCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                });
        return cohort;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> employedAt(Collection<Long> organisationIds) {
        Set<Long> talents = new HashSet<>();
        if (organisationIds.isEmpty()) {
            return talents;
        }
        jdbc.query("""
                select id from talent where employer_id = any(?) and merged_into_id is null
                union
                select f.talent_id from talent_flow f join talent t on t.id = f.talent_id and t.merged_into_id is null
                where f.from_employer_id = any(?) or f.to_employer_id = any(?)
                """, ps -> {
            var ids = ps.getConnection().createArrayOf("bigint", organisationIds.toArray());
            for (int i = 1; i <= 3; i++) {
                ps.setArray(i, ids);
            }
        }, rs -> {
            talents.add(rs.getLong(1));
        });
        return talents;
    }

    @Override
    public Optional<TalentView> find(long id) {
        return records.find(id);
    }

    /** Exact, from the counts the database keeps: the dashboard's headline figure must not be an estimate. */
    @Override
    public long count() {
        return counts.in(RegionScope.current());
    }
}
