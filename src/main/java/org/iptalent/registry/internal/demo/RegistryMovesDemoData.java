package org.iptalent.registry.internal.demo;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.registry.internal.search.SearchIndexer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves of the demo's talents, so that its talent flows are not empty: about one talent in sixteen changed employer
 * once since 2015, a quarter of them to another city of their province, the rest to another province, drawn towards
 * where the country's IP work gathers (Guangdong, Beijing, Shanghai, Zhejiang, Jiangsu) more than their size, so that
 * the eastern centres gain and the north-east and west lose. Recorded as the registry records every change of region
 * or employer: the talent row takes the new employer, region and industry, and a flow keeps the old and new ones
 * (source {@code DEMO}, which also tells a second run the moves are there). Set-based: one COPY and two statements.
 */
@Component
class RegistryMovesDemoData implements DemoDataContributor {

    /** How strongly each province draws talents from others; a province not named draws 0.6. */
    static final Map<String, Double> ATTRACTION = Map.ofEntries(Map.entry("440000", 22.0),
            Map.entry("110000", 16.0), Map.entry("310000", 14.0), Map.entry("330000", 12.0),
            Map.entry("320000", 10.0), Map.entry("510000", 5.0), Map.entry("420000", 4.0), Map.entry("370000", 4.0),
            Map.entry("610000", 3.0), Map.entry("350000", 3.0), Map.entry("500000", 3.0), Map.entry("340000", 3.0),
            Map.entry("120000", 2.0), Map.entry("430000", 2.0), Map.entry("410000", 2.0));
    static final double OTHERS = 0.6;
    /** Moves are dated from this day (China's 2015) on. */
    static final Instant EARLIEST = Instant.parse("2014-12-31T16:00:00Z");
    static final String SOURCE = "DEMO";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SearchIndexer indexer;
    private final Clock clock;

    RegistryMovesDemoData(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction,
            SearchIndexer indexer, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "registry-moves";
    }

    @Override
    public int order() {
        return 12;
    }

    private record Employer(long id, String regionCode, String industryCode) {
    }

    private record Candidate(long id, String regionCode, Instant createdAt) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        move(demo.seed(), 0);
    }

    /** Moves talents whose id is above {@code afterId} (a test's own); the ids moved. */
    List<Long> move(long seed, long afterId) {
        Random random = new Random(seed + 12);
        List<Long> moved = transaction.execute(status -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from talent_flow where source = ?)", Boolean.class, SOURCE))) {
                return List.<Long>of();
            }
            Instant now = clock.instant();
            Map<String, List<Employer>> employers = new HashMap<>();
            jdbc.query("""
                    select id, region_code, industry_code from organisation
                    where type in ('ENTERPRISE', 'PATENT_AGENCY', 'TRADEMARK_AGENCY', 'LAW_FIRM') order by id""",
                    rs -> {
                        employers.computeIfAbsent(rs.getString(2).substring(0, 2) + "0000", k -> new ArrayList<>())
                                .add(new Employer(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    });
            // one talent in sixteen by its id, bounded however large the registry, and none already moved
            List<Candidate> candidates = jdbc.query("""
                    select t.id, t.region_code, t.created_at from talent t
                    where t.id > ? and t.id % 16 = 7 and t.merged_into_id is null and t.status = 'ACTIVE'
                      and t.created_at < ? and not exists (select 1 from talent_flow f where f.talent_id = t.id)
                    order by t.id""", (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2),
                    rs.getTimestamp(3).toInstant()), afterId, Timestamp.from(now.minus(Duration.ofDays(60))));
            List<String> provinces = employers.keySet().stream().sorted().toList();
            CopyRows rows = new CopyRows(candidates.size());
            List<Long> ids = new ArrayList<>();
            for (Candidate c : candidates) {
                String home = c.regionCode().substring(0, 2) + "0000";
                boolean withinProvince = random.nextInt(4) == 0;
                String province = withinProvince ? home : destination(random, provinces, home);
                Employer employer = employer(random, employers.get(province), c.regionCode(), withinProvince);
                if (employer == null) {
                    continue;
                }
                Instant from = c.createdAt().plus(Duration.ofDays(30));
                if (from.isBefore(EARLIEST)) {
                    from = EARLIEST;
                }
                long span = Math.max(1, now.minus(Duration.ofDays(1)).getEpochSecond() - from.getEpochSecond());
                Instant at = from.plusSeconds((long) (random.nextDouble() * span));
                rows.row(c.id(), at.toString(), employer.id(), employer.regionCode(), employer.industryCode());
                ids.add(c.id());
            }
            jdbc.execute("""
                    create temporary table demo_move (talent_id bigint primary key, moved_at timestamptz,
                      employer_id bigint, region_code varchar(6), industry_code varchar(2)) on commit drop""");
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                rows.into(connection, "copy demo_move from stdin (format csv)");
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            jdbc.update("""
                    insert into talent_flow (talent_id, moved_at, from_employer_id, to_employer_id, from_region_code,
                      to_region_code, source)
                    select m.talent_id, m.moved_at, t.employer_id, m.employer_id, t.region_code, m.region_code, ?
                    from demo_move m join talent t on t.id = m.talent_id order by m.moved_at""", SOURCE);
            jdbc.update("""
                    update talent t set employer_id = m.employer_id, region_code = m.region_code,
                      province_code = left(m.region_code, 2) || '0000',
                      industry_code = coalesce(m.industry_code, t.industry_code), version = t.version + 1,
                      updated_at = m.moved_at
                    from demo_move m where m.talent_id = t.id""");
            return ids;
        });
        if (!moved.isEmpty()) {
            jdbc.execute("analyze talent_flow");
            // the search documents carry the region and employer
            indexer.replace(moved);
        }
        return moved;
    }

    /** Another province, drawn by its attraction. */
    private static String destination(Random random, List<String> provinces, String home) {
        double total = 0;
        for (String p : provinces) {
            total += p.equals(home) ? 0 : ATTRACTION.getOrDefault(p, OTHERS);
        }
        double roll = random.nextDouble() * total;
        for (String p : provinces) {
            if (p.equals(home)) {
                continue;
            }
            roll -= ATTRACTION.getOrDefault(p, OTHERS);
            if (roll < 0) {
                return p;
            }
        }
        return provinces.stream().filter(p -> !p.equals(home)).reduce((a, b) -> b).orElse(home);
    }

    /** An employer of the province; within the talent's own province, one in another city. */
    private static Employer employer(Random random, List<Employer> employers, String region, boolean otherCity) {
        if (employers == null || employers.isEmpty()) {
            return null;
        }
        List<Employer> choice = otherCity ? employers.stream()
                .filter(e -> !e.regionCode().substring(0, 4).equals(region.substring(0, 4))).toList() : employers;
        return choice.isEmpty() ? null : choice.get(random.nextInt(choice.size()));
    }
}
