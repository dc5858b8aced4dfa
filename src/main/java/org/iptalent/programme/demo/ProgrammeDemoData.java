package org.iptalent.programme.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's national IP leading talents (seeded by V38): a concluded 2025 round whose ten best-scored nominations
 * were selected (scored by experts of the demo pool), and a 2026 round taking nominations within quotas. Written
 * directly, as a finished history; the provinces' nominees are registry talents of their province.
 */
@Component
class ProgrammeDemoData implements DemoDataContributor {

    static final DemoTexts TEXTS = DemoTexts.load("programme/programme-demo.properties");
    private static final String PROGRAMME = "IP_LEADING_TALENTS";
    private static final List<String> PROVINCES = List.of("110000", "310000", "320000", "330000", "370000",
            "440000", "510000", "420000");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProgrammeDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "talent-programmes";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void contribute(DemoProperties demo) {
        Random random = new Random(demo.seed() + 85);
        transaction.executeWithoutResult(status -> {
            Long programme = jdbc.query("select id from talent_programme where code = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, PROGRAMME);
            if (programme == null || Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from programme_round where programme_id = ?)", Boolean.class,
                    programme))) {
                return;
            }
            concluded(random, programme);
            nominating(random, programme);
        });
    }

    private void concluded(Random random, long programme) {
        Instant at = Instant.parse("2025-06-01T02:00:00Z");
        long round = round(programme, 2025, 10, LocalDate.of(2025, 4, 30), "CONCLUDED", at);
        List<Long> experts = jdbc.queryForList("select id from expert order by id limit 5", Long.class);
        List<long[]> scored = new ArrayList<>();
        for (String province : PROVINCES) {
            quota(round, province, 3);
            for (long[] talent : talents(province, 3, 0)) {
                long nomination = nominate(random, round, province, talent, at);
                long total = 0;
                for (long expert : experts) {
                    int score = 60 + random.nextInt(40);
                    total += score;
                    jdbc.update("""
                            insert into programme_score (nomination_id, expert_id, score, comment, scored_at)
                            values (?, ?, ?, ?, ?)""", nomination, expert, score, TEXTS.get("comment"),
                            Timestamp.from(at.plusSeconds(86_400 * 10)));
                }
                scored.add(new long[] {nomination, total, talent[0]});
            }
        }
        scored.sort((a, b) -> Long.compare(b[1], a[1]));
        for (long[] best : scored.subList(0, Math.min(10, scored.size()))) {
            jdbc.update("update programme_nomination set proposed = true where id = ?", best[0]);
            jdbc.update("""
                    insert into programme_selection (programme_id, round_id, nomination_id, talent_id, year,
                      region_code, selected_on, created_at)
                    select ?, ?, n.id, n.talent_id, 2025, n.region_code, ?, ? from programme_nomination n
                    where n.id = ?""", programme, round, Date.valueOf(LocalDate.of(2025, 7, 15)),
                    Timestamp.from(at), best[0]);
        }
        jdbc.update("update programme_round set concluded_at = ? where id = ?",
                Timestamp.from(Instant.parse("2025-07-15T02:00:00Z")), round);
    }

    private void nominating(Random random, long programme) {
        Instant now = clock.instant();
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        long round = round(programme, 2026, 10, deadline, "NOMINATING", now);
        for (String province : PROVINCES) {
            quota(round, province, 3);
            for (long[] talent : talents(province, 1 + random.nextInt(2), 3)) {
                nominate(random, round, province, talent, now);
            }
        }
    }

    private long round(long programme, int year, int places, LocalDate deadline, String state, Instant at) {
        return jdbc.queryForObject("""
                insert into programme_round (programme_id, year, places, nomination_deadline, state, created_at,
                  updated_at) values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, programme, year, places,
                Date.valueOf(deadline), state, Timestamp.from(at), Timestamp.from(at));
    }

    private void quota(long round, String province, int quota) {
        jdbc.update("insert into programme_quota (round_id, province_code, quota) values (?, ?, ?)", round, province,
                quota);
    }

    /** Talents of the province (id, employer or -1), skipping the first {@code skip}. */
    private List<long[]> talents(String province, int count, int skip) {
        return jdbc.query("""
                select id, coalesce(employer_id, -1) from talent
                where region_code like ? and merged_into_id is null order by id offset ? limit ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, province.substring(0, 2) + "%", skip, count);
    }

    private long nominate(Random random, long round, String province, long[] talent, Instant at) {
        int text = 1 + random.nextInt(4);
        return jdbc.queryForObject("""
                insert into programme_nomination (round_id, talent_id, province_code, region_code, employer_id,
                  statement, achievements, nominated_at)
                select ?, t.id, ?, t.region_code, ?, ?, ?, ? from talent t where t.id = ? returning id""", Long.class,
                round, province, talent[1] < 0 ? null : talent[1], TEXTS.get("statement." + text),
                TEXTS.get("achievements." + text), Timestamp.from(at), talent[0]);
    }
}
