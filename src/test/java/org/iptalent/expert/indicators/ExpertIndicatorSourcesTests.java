package org.iptalent.expert.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The expert pool's indicator sources count what a direct count of the tables finds, today and on past days, for the
 * country, every province and every city; and, over a fixture dated 2010–2011 (before any other test's experts), the
 * exact figures: team members from joining until the day they left, appointed experts within their term until
 * removed, an expert at a province's own code counted for the province and no city.
 */
@PlatformTest
class ExpertIndicatorSourcesTests {

    private static final String TEAM = "TRADEMARK_EXAMINATION";

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    ExpertRecords experts;
    @Autowired
    TalentRecords talents;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static boolean fixtureBuilt;
    private UserSummary national;

    @BeforeEach
    void fixture() {
        national = accounts.active("expert.indicators", Role.NATIONAL_ADMIN, null);
        if (!fixtureBuilt) {
            build();
            fixtureBuilt = true;
        }
    }

    /**
     * E1 Guangzhou, in the team from 2010-06-01 until it left on 2011-05-01; E2 Shenzhen, from 2011-03-01; E3
     * Nanjing, term 2010 to mid-2011, removed on 2011-03-15 (Beijing time); E4 at Guangdong's own code, in the team
     * from 2010-01-01.
     */
    private void build() {
        long e1 = appoint("指标专家一", "440100", day("2010-01-01"), day("2012-12-31"));
        long e2 = appoint("指标专家二", "440300", day("2010-03-01"), day("2013-02-28"));
        long e3 = appoint("指标专家三", "320100", day("2010-01-01"), day("2011-06-30"));
        long e4 = appoint("指标专家四", "440000", day("2010-01-01"), day("2014-12-31"));
        long version = TestAccounts.as(national, () -> experts.get(e3)).version();
        TestAccounts.as(national, () -> experts.change(e3, version, Transition.REMOVE, "不再履职", null, null));
        jdbc.update("update expert_credit set recorded_at = timestamptz '2011-03-15 09:00:00+08' "
                + "where expert_id = ? and kind = 'REMOVED'", e3);
        // membership dated in the past: the service dates it today, so the fixture writes the rows
        member(e1, "2010-06-01", "2011-05-01");
        member(e2, "2011-03-01", null);
        member(e4, "2010-01-01", null);
    }

    @Test
    void teamMembersCountFromJoiningUntilTheyLeft() {
        IndicatorSource team = source("expert.trademark-examination-team");
        assertThat(team.unit()).isEqualTo(IndicatorUnit.PERSONS);
        assertThat(team.dated()).isTrue();
        assertThat(team.value(RegionScope.national(), day("2009-12-31"))).isEqualByComparingTo("0");
        assertThat(team.value(RegionScope.national(), day("2010-06-01"))).isEqualByComparingTo("2");
        assertThat(team.value(RegionScope.national(), day("2011-04-30"))).isEqualByComparingTo("3");
        assertThat(team.value(RegionScope.of("440000"), day("2011-04-30"))).isEqualByComparingTo("3");
        assertThat(team.value(RegionScope.of("440100"), day("2011-04-30"))).isEqualByComparingTo("1");
        // E1 left on May 1st: not a member at that day's end
        assertThat(team.value(RegionScope.national(), day("2011-05-01"))).isEqualByComparingTo("2");
        assertThat(team.values(RegionScope.Level.PROVINCE, day("2011-05-01"))).hasSize(31)
                .containsEntry("440000", new BigDecimal(2)).containsEntry("320000", BigDecimal.ZERO);
        // E4 at the province's own code counts for no city
        assertThat(team.values(RegionScope.Level.CITY, day("2011-05-01"))).containsEntry("440300", BigDecimal.ONE)
                .containsEntry("440100", BigDecimal.ZERO).doesNotContainKey("440000");
    }

    @Test
    void appointedExpertsCountWithinTheirTermUntilRemoved() {
        IndicatorSource appointed = source("expert.appointed-experts");
        assertThat(appointed.unit()).isEqualTo(IndicatorUnit.PERSONS);
        assertThat(appointed.value(RegionScope.national(), day("2009-12-31"))).isEqualByComparingTo("0");
        assertThat(appointed.value(RegionScope.national(), day("2010-02-01"))).isEqualByComparingTo("3");
        assertThat(appointed.value(RegionScope.national(), day("2011-03-14"))).isEqualByComparingTo("4");
        assertThat(appointed.value(RegionScope.of("320000"), day("2011-03-14"))).isEqualByComparingTo("1");
        assertThat(appointed.value(RegionScope.of("320100"), day("2011-03-15"))).isEqualByComparingTo("0");
        assertThat(appointed.values(RegionScope.Level.CITY, day("2011-03-15"))).containsEntry("440100",
                BigDecimal.ONE).containsEntry("440300", BigDecimal.ONE).containsEntry("320100", BigDecimal.ZERO);
    }

    @Test
    void everyFigureIsTheDirectCountTodayAndInThePast() {
        for (LocalDate day : List.of(LocalDate.now(), LocalDate.now().minusMonths(7), day("2011-04-30"))) {
            Date date = Date.valueOf(day);
            check(source("expert.trademark-examination-team"), day, jdbc.queryForList("""
                    select e.region_code from expert e where exists (
                      select 1 from expert_team_member m where m.expert_id = e.id and m.team_code = ?
                        and m.joined_on <= ? and coalesce(m.left_on, date '9999-12-31') > ?)""",
                    String.class, TEAM, date, date));
            // in the term, and no removal or expiry since the last appointment or renewal by the day's end
            check(source("expert.appointed-experts"), day, jdbc.queryForList("""
                    select e.region_code from expert e where ? between e.term_starts_on and e.term_ends_on
                      and not exists (select 1 from expert_credit c where c.expert_id = e.id
                        and c.kind in ('EXPIRED', 'REMOVED')
                        and (c.recorded_at at time zone 'Asia/Shanghai')::date <= ?
                        and not exists (select 1 from expert_credit r where r.expert_id = e.id
                          and r.kind in ('APPOINTED', 'RENEWED') and r.recorded_at > c.recorded_at
                          and (r.recorded_at at time zone 'Asia/Shanghai')::date <= ?))""",
                    String.class, date, date, date));
            // the same, of a category of the plan's classification or one below it
            for (String category : CategoryExperts.CATEGORIES) {
                check(source("expert.category." + category.toLowerCase(java.util.Locale.ROOT).replace('_', '-')), day,
                        jdbc.queryForList("""
                        with recursive below(code) as (select cast(? as varchar) union all
                          select k.code from expert_category k join below b on k.parent_code = b.code)
                        select e.region_code from expert e where ? between e.term_starts_on and e.term_ends_on
                          and exists (select 1 from expert_category_link l join below b on b.code = l.category_code
                            where l.expert_id = e.id)
                          and not exists (select 1 from expert_credit c where c.expert_id = e.id
                            and c.kind in ('EXPIRED', 'REMOVED')
                            and (c.recorded_at at time zone 'Asia/Shanghai')::date <= ?
                            and not exists (select 1 from expert_credit r where r.expert_id = e.id
                              and r.kind in ('APPOINTED', 'RENEWED') and r.recorded_at > c.recorded_at
                              and (r.recorded_at at time zone 'Asia/Shanghai')::date <= ?))""",
                        String.class, category, date, date, date));
            }
        }
    }

    private static void check(IndicatorSource source, LocalDate day, List<String> regions) {
        assertThat(source.value(RegionScope.national(), day)).as("%s at %s", source, day)
                .isEqualByComparingTo(BigDecimal.valueOf(regions.size()));
        Map<String, BigDecimal> provinces = new TreeMap<>();
        Map<String, BigDecimal> cities = new TreeMap<>();
        for (String region : regions) {
            provinces.merge(region.substring(0, 2) + "0000", BigDecimal.ONE, BigDecimal::add);
            if (!region.substring(2, 4).equals("00")) {
                cities.merge(region.substring(0, 4) + "00", BigDecimal.ONE, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> byProvince = source.values(RegionScope.Level.PROVINCE, day);
        assertThat(byProvince).hasSize(31);
        byProvince.forEach((code, value) -> assertThat(value).as("%s %s at %s", source, code, day)
                .isEqualByComparingTo(provinces.getOrDefault(code, BigDecimal.ZERO)));
        Map<String, BigDecimal> byCity = source.values(RegionScope.Level.CITY, day);
        byCity.forEach((code, value) -> assertThat(value).as("%s %s at %s", source, code, day)
                .isEqualByComparingTo(cities.getOrDefault(code, BigDecimal.ZERO)));
        assertThat(source.value(RegionScope.of("440000"), day))
                .isEqualByComparingTo(provinces.getOrDefault("440000", BigDecimal.ZERO));
        assertThat(source.value(RegionScope.of("440100"), day))
                .isEqualByComparingTo(cities.getOrDefault("440100", BigDecimal.ZERO));
    }

    private IndicatorSource source(String code) {
        return sources.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private long appoint(String name, String region, LocalDate starts, LocalDate ends) {
        TalentView talent = TestAccounts.as(national, () -> talents.create(new TalentInput(name, null, null,
                TestIdentities.identity(region, true), null, null, "MASTER", "LAW", null, null, null, region, "72",
                List.of("PROT_TECH_INVESTIGATOR"), null, null, null, null), Talent.Source.MANUAL));
        return TestAccounts.as(national, () -> experts.appoint(new Appointment(talent.id(), starts, ends,
                new ExpertProfile(Set.of("TRADEMARK_EXAMINATION"), Set.of("G06"), Set.of(Duty.EXAMINATION_EXPERT),
                        null, Availability.AVAILABLE, null)))).id();
    }

    private void member(long expert, String joined, String left) {
        jdbc.update("insert into expert_team_member (team_code, expert_id, joined_on, left_on) values (?, ?, ?, ?)",
                TEAM, expert, Date.valueOf(joined), left == null ? null : Date.valueOf(left));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
