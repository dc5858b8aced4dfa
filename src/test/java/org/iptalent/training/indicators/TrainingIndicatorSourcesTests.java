package org.iptalent.training.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentMerge;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Training's indicator sources count what a direct count of the tables finds, today and on a past day, for the
 * country, every province and every city; and, over a fixture dated 2010–2011 (before any other test's or the demo's
 * bases, classes and surveys), the exact figures: a national base until its revocation, a rolling year of
 * satisfaction with the surveys below the minimum of responses left out, publicity staff counted once where first
 * trained, a merged duplicate never.
 */
@PlatformTest
class TrainingIndicatorSourcesTests {

    private static final Logger log = LoggerFactory.getLogger(TrainingIndicatorSourcesTests.class);

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    TalentRecords talents;
    @Autowired
    TalentMerge merge;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static boolean fixtureBuilt;
    private UserSummary national;

    @BeforeEach
    void fixture() {
        national = accounts.active("training.indicators", Role.NATIONAL_ADMIN, null);
        if (!fixtureBuilt) {
            build();
            fixtureBuilt = true;
        }
    }

    @Test
    void nationalBasesCountFromTheirDesignationUntilTheirRevocation() {
        IndicatorSource bases = source("training.national-bases");
        assertThat(bases.unit()).isEqualTo(IndicatorUnit.ITEMS);
        assertThat(bases.dated()).isTrue();
        // B1 (Guangzhou, revoked in May 2011) and B2 (Nanjing, on probation since February); B3 is local
        assertThat(bases.value(RegionScope.national(), day("2010-12-31"))).isEqualByComparingTo("2");
        assertThat(bases.value(RegionScope.of("440000"), day("2010-12-31"))).isEqualByComparingTo("1");
        assertThat(bases.value(RegionScope.national(), day("2011-04-30"))).isEqualByComparingTo("2");
        assertThat(bases.value(RegionScope.national(), day("2011-05-01"))).isEqualByComparingTo("1");
        assertThat(bases.values(RegionScope.Level.PROVINCE, day("2011-06-30"))).hasSize(31)
                .containsEntry("320000", BigDecimal.ONE).containsEntry("440000", BigDecimal.ZERO);
        // B4 in Shenzhen, designated in August
        assertThat(bases.values(RegionScope.Level.CITY, day("2011-09-30"))).containsEntry("440300", BigDecimal.ONE)
                .containsEntry("440100", BigDecimal.ZERO).containsEntry("320100", BigDecimal.ONE);
        assertThat(bases.value(RegionScope.national(), day("2011-09-30"))).isEqualByComparingTo("2");
    }

    @Test
    void satisfactionIsTheMeanOfAYearsResponsesAndNoneWithoutAny() {
        IndicatorSource satisfaction = source("training.satisfaction");
        assertThat(satisfaction.unit()).isEqualTo(IndicatorUnit.SCORE);
        assertThat(satisfaction.value(RegionScope.national(), day("2010-12-31"))).isNull();
        assertThat(satisfaction.values(RegionScope.Level.PROVINCE, day("2010-12-31"))).isEmpty();
        // S1 (Guangzhou, closed March 15th: 80, 90, 100); S2 (Nanjing, two responses) is below the minimum of three
        assertThat(satisfaction.value(RegionScope.national(), day("2011-06-29"))).isEqualByComparingTo("90");
        assertThat(satisfaction.value(RegionScope.of("320000"), day("2011-06-29"))).isNull();
        // S3 (Shenzhen, closed June 30th: 70, 80, 90 and one response without a score)
        assertThat(satisfaction.value(RegionScope.national(), day("2011-06-30"))).isEqualByComparingTo("85");
        assertThat(satisfaction.values(RegionScope.Level.CITY, day("2011-06-30")))
                .isEqualTo(Map.of("440100", new BigDecimal("90.00"), "440300", new BigDecimal("80.00")));
        assertThat(satisfaction.values(RegionScope.Level.PROVINCE, day("2011-06-30")))
                .isEqualTo(Map.of("440000", new BigDecimal("85.00")));
        // a rolling year: S1 is in it up to March 14th 2012, not on March 15th
        assertThat(satisfaction.value(RegionScope.national(), day("2012-03-14"))).isEqualByComparingTo("85");
        assertThat(satisfaction.value(RegionScope.national(), day("2012-03-15"))).isEqualByComparingTo("80");
    }

    @Test
    void publicityStaffCountOnceWhereFirstTrained() {
        IndicatorSource publicity = source("training.publicity-staff-trained");
        assertThat(publicity.unit()).isEqualTo(IndicatorUnit.PERSONS);
        assertThat(publicity.value(RegionScope.national(), day("2011-03-09"))).isEqualByComparingTo("0");
        // P1 and P5 completed class A in Guangzhou on March 10th; P4, merged into P5, and P6 (not publicity) never
        assertThat(publicity.value(RegionScope.national(), day("2011-06-29"))).isEqualByComparingTo("2");
        // P2 completed class C in Shenzhen on June 30th; P3 did not complete it
        assertThat(publicity.value(RegionScope.national(), day("2011-06-30"))).isEqualByComparingTo("3");
        assertThat(publicity.value(RegionScope.of("440300"), day("2011-06-30"))).isEqualByComparingTo("1");
        // P1 completed class B in Nanjing in July: still counted once, in Guangzhou
        assertThat(publicity.values(RegionScope.Level.CITY, day("2011-09-30"))).containsEntry("440100",
                new BigDecimal(2)).containsEntry("440300", BigDecimal.ONE).containsEntry("320100", BigDecimal.ZERO);
        assertThat(publicity.value(RegionScope.national(), day("2011-09-30"))).isEqualByComparingTo("3");
    }

    @Test
    void everyFigureIsTheDirectCountTodayAndInThePast() {
        for (LocalDate day : List.of(LocalDate.now(), day("2023-06-30"), day("2011-06-30"))) {
            Date date = Date.valueOf(day);
            // a base counts unless a revocation (final) came by the day
            List<String> bases = jdbc.queryForList("""
                    select b.region_code from training_base b where b.level = 'NATIONAL' and b.designated_on <= ?
                      and not exists (select 1 from training_base_status_change c where c.training_base_id = b.id
                                        and c.to_status = 'REVOKED' and c.changed_on <= ?)""", String.class, date, date);
            check(source("training.national-bases"), day, counts(bases));
            // each publicity talent's completions, the first one kept
            Map<Long, String> firstRegion = new HashMap<>();
            jdbc.query("""
                    select e.talent_id, e.region_code from enrollment e join talent t on t.id = e.talent_id
                    where e.status = 'COMPLETED' and e.completed_on <= ? and t.merged_into_id is null
                      and exists (select 1 from talent_category c where c.talent_id = t.id
                                    and c.category = 'BASIC_PUBLICITY')
                    order by e.completed_on desc, e.region_code desc""", rs -> {
                        firstRegion.put(rs.getLong(1), rs.getString(2));
                    }, date);
            check(source("training.publicity-staff-trained"), day, counts(List.copyOf(firstRegion.values())));
            // the scored responses of the surveys closed in the year with at least three responses
            List<String[]> responses = jdbc.query("""
                    select s.region_code, r.score from training_survey s join training_survey_response r
                      on r.survey_id = s.id
                    where s.kind = 'SATISFACTION' and s.closes_on between ? and ? and r.score is not null
                      and s.id in (select survey_id from training_survey_response group by survey_id
                                   having count(*) >= 3)""", (rs, n) -> new String[] {rs.getString(1),
                    rs.getBigDecimal(2).toPlainString()}, Date.valueOf(day.minusYears(1).plusDays(1)), date);
            check(source("training.satisfaction"), day, means(responses));
        }
    }

    /** Figures by region as the source keys them: "" the country, then provinces and cities. */
    private record Expected(BigDecimal national, Map<String, BigDecimal> provinces, Map<String, BigDecimal> cities) {
    }

    private static Expected counts(List<String> regions) {
        return grouped(regions.stream().map(r -> new String[] {r, "1"}).toList(), values -> BigDecimal.valueOf(
                values.size()));
    }

    private static Expected means(List<String[]> scores) {
        return grouped(scores, values -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
    }

    private static Expected grouped(List<String[]> rows, Function<List<BigDecimal>, BigDecimal> total) {
        Map<String, List<BigDecimal>> provinces = new TreeMap<>();
        Map<String, List<BigDecimal>> cities = new TreeMap<>();
        List<BigDecimal> all = new ArrayList<>();
        for (String[] row : rows) {
            BigDecimal value = new BigDecimal(row[1]);
            all.add(value);
            provinces.computeIfAbsent(row[0].substring(0, 2) + "0000", k -> new ArrayList<>()).add(value);
            if (!row[0].substring(2, 4).equals("00")) {
                cities.computeIfAbsent(row[0].substring(0, 4) + "00", k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        provinces.forEach((k, v) -> byProvince.put(k, total.apply(v)));
        Map<String, BigDecimal> byCity = new TreeMap<>();
        cities.forEach((k, v) -> byCity.put(k, total.apply(v)));
        return new Expected(all.isEmpty() ? null : total.apply(all), byProvince, byCity);
    }

    /** The source's figures against the direct ones; a count's regions without any are 0, a mean's left out. */
    private static void check(IndicatorSource source, LocalDate day, Expected expected) {
        long started = System.nanoTime();
        BigDecimal national = source.value(RegionScope.national(), day);
        log.info("{} at {}: {} in {} ms", source.code(), day, national, (System.nanoTime() - started) / 1_000_000);
        boolean count = source.unit() != IndicatorUnit.SCORE;
        BigDecimal none = count ? BigDecimal.ZERO : null;
        if (expected.national() == null) {
            assertThat(national).as("%s at %s", source.code(), day).isEqualTo(none);
        } else {
            assertThat(national).as("%s at %s", source.code(), day).isEqualByComparingTo(expected.national());
        }
        assertThat(kept(source.values(RegionScope.Level.PROVINCE, day), count)).as("%s by province at %s",
                source.code(), day).isEqualTo(expected.provinces());
        assertThat(kept(source.values(RegionScope.Level.CITY, day), count)).as("%s by city at %s", source.code(),
                day).isEqualTo(expected.cities());
        BigDecimal guangdong = source.value(RegionScope.of("440000"), day);
        assertThat(guangdong == null ? null : guangdong.stripTrailingZeros()).isEqualTo(
                expected.provinces().containsKey("440000") ? expected.provinces().get("440000").stripTrailingZeros()
                        : none);
    }

    /** The values a direct count has: a count's zeros left out. */
    private static Map<String, BigDecimal> kept(Map<String, BigDecimal> values, boolean count) {
        Map<String, BigDecimal> kept = new TreeMap<>();
        values.forEach((region, value) -> {
            if (!count || value.signum() != 0) {
                kept.put(region, count ? value : value.setScale(2, RoundingMode.HALF_UP));
            }
        });
        return kept;
    }

    /**
     * Bases B1 (national, Guangzhou, 2010-03-01, revoked 2011-05-01), B2 (national, Nanjing, 2010-06-01, probation
     * 2011-02-01), B3 (local, Guangzhou), B4 (national, Shenzhen, 2011-08-01); classes A (Guangzhou, completed
     * 2011-03-10), B (Nanjing, 2011-07-01), C (Shenzhen, 2011-06-30) with their satisfaction surveys S1 (A, closed
     * 2011-03-15), S2 (B, closed 2011-05-20, two responses) and S3 (C, closed 2011-06-30); publicity staff P1 (A and B),
     * P2 (C), P3 (C, not completed), P4 (A) merged into P5 (A), and P6 (A, another category).
     */
    private void build() {
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("指标培训中心"), "UNIVERSITY", TestIdentities.creditCode(), "440100", null))).id();
        long b1 = base(host, "NATIONAL", "440100", "2010-03-01", "REVOKED", "2011-05-01");
        long b2 = base(host, "NATIONAL", "320100", "2010-06-01", "PROBATION", "2011-02-01");
        base(host, "LOCAL", "440100", "2010-01-01", null, null);
        base(host, "NATIONAL", "440300", "2011-08-01", null, null);
        long level = level();
        long a = closedClass(level, b1, "440100", "2011-03-10");
        long b = closedClass(level, b2, "320100", "2011-07-01");
        long c = closedClass(level, b2, "440300", "2011-06-30");
        survey(a, b1, "440100", "2011-03-15", 80, 90, 100);
        survey(b, b2, "320100", "2011-05-20", 60, 70);
        survey(c, b2, "440300", "2011-06-30", 70, 80, 90, null);
        long p1 = talent("440100", "BASIC_PUBLICITY");
        long p2 = talent("440300", "BASIC_PUBLICITY");
        long p3 = talent("440300", "BASIC_PUBLICITY");
        long p4 = talent("440100", "BASIC_PUBLICITY");
        long p5 = talent("440100", "BASIC_PUBLICITY");
        long p6 = talent("440100", "APP_ENTERPRISE_MANAGER");
        enrol(a, p1, "440100", "COMPLETED", "2011-03-10");
        enrol(b, p1, "320100", "COMPLETED", "2011-07-01");
        enrol(c, p2, "440300", "COMPLETED", "2011-06-30");
        enrol(c, p3, "440300", "NOT_COMPLETED", null);
        enrol(a, p4, "440100", "COMPLETED", "2011-03-10");
        enrol(a, p5, "440100", "COMPLETED", "2011-03-10");
        enrol(a, p6, "440100", "COMPLETED", "2011-03-10");
        TestAccounts.as(national, () -> {
            merge.merge(p5, p4);
            return null;
        });
    }

    private long base(long host, String level, String region, String designated, String later, String laterOn) {
        long id = jdbc.queryForObject("""
                insert into training_base (name, level, region_code, host_organisation_id, designated_on, status,
                                           created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, now(), now()) returning id""", Long.class,
                TestAccounts.uniqueName("指标基地"), level, region, host, Date.valueOf(designated),
                later == null ? "DESIGNATED" : later);
        step(id, null, "DESIGNATED", designated);
        if (later != null) {
            step(id, "DESIGNATED", later, laterOn);
        }
        return id;
    }

    private void step(long base, String from, String to, String on) {
        jdbc.update("""
                insert into training_base_status_change (training_base_id, from_status, to_status, changed_on, reason,
                                                         recorded_at) values (?, ?, ?, ?, 'fixture', now())""",
                base, from, to, Date.valueOf(on));
    }

    private long level() {
        long program = jdbc.queryForObject("""
                insert into training_program (title, team, created_at, updated_at) values (?, 'BASIC', now(), now())
                returning id""", Long.class, TestAccounts.uniqueName("宣传培训"));
        return jdbc.queryForObject("""
                insert into program_level (program_id, level, outcomes, required_hours)
                values (?, 'FOUNDATION', 'fixture', 3) returning id""", Long.class, program);
    }

    private long closedClass(long level, long base, String region, String ends) {
        LocalDate end = day(ends);
        return jdbc.queryForObject("""
                insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on,
                  capacity, enrollment_opens, enrollment_closes, status, closed_at, created_at, updated_at)
                values (?, ?, ?, ?, 'IN_PERSON', 'ENROLLMENT', ?, ?, 50, ?, ?, 'CLOSED', now(), now(), now())
                returning id""", Long.class, level, base, region, TestAccounts.uniqueName("宣传班"),
                Date.valueOf(end.minusDays(1)), Date.valueOf(end), Date.valueOf(end.minusDays(20)),
                Date.valueOf(end.minusDays(2)));
    }

    private void survey(long classId, long base, String region, String closes, Integer... scores) {
        LocalDate close = day(closes);
        long survey = jdbc.queryForObject("""
                insert into training_survey (class_id, kind, base_id, region_code, year, questionnaire_revision,
                  opens_on, closes_on, invited, created_at)
                values (?, 'SATISFACTION', ?, ?, ?, 1, ?, ?, 10, now()) returning id""", Long.class, classId, base,
                region, close.getYear(), Date.valueOf(close.minusDays(14)), Date.valueOf(close));
        for (Integer score : scores) {
            jdbc.update("insert into training_survey_response (id, survey_id, score) values (?, ?, ?)",
                    UUID.randomUUID(), survey, score);
        }
    }

    private long talent(String region, String category) {
        String identity = TestIdentities.identity(region.substring(0, 4) + "04", false);
        return TestAccounts.as(national, () -> talents.create(new TalentInput(TestAccounts.uniqueName("宣传"), null,
                null, identity, "13912345678", null, "MASTER", "LAW", null, null, null, region, "72",
                List.of(category), null, null, null, null), Talent.Source.MANUAL)).id();
    }

    private void enrol(long classId, long talentId, String region, String status, String completed) {
        jdbc.update("""
                insert into enrollment (class_id, talent_id, status, source, region_code, queued_at, completed_on,
                                        created_at, updated_at)
                values (?, ?, ?, 'ASSIGNED', ?, now(), ?, now(), now())""", classId, talentId, status, region,
                completed == null ? null : Date.valueOf(completed));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private IndicatorSource source(String code) {
        return sources.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
