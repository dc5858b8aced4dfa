package org.iptalent.registry.internal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
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
 * The registry's indicator sources count what a direct count of the tables finds, today and on a past day, for the
 * country, every province and every city; and, over a fixture dated in 2011 (before any other test's or the demo's
 * talents), the exact figures of a talent that left, one merged away, one that moved, agents by their licence's date
 * and the public-service coverage.
 */
@PlatformTest
class RegistryIndicatorSourcesTests {

    private static final Logger log = LoggerFactory.getLogger(RegistryIndicatorSourcesTests.class);
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate MARCH = LocalDate.of(2011, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2011, 6, 30);
    private static final LocalDate SEPTEMBER = LocalDate.of(2011, 9, 30);
    private static final List<String> CODES = List.of("registry.talents", "registry.licensed-patent-agents",
            "registry.information-service-staff", "registry.public-service-provinces",
            "registry.public-service-cities");

    /** Each counted talent and its region at the end of the day (parameters: the end three times), plainly. */
    private static final String TALENTS = """
            select t.id, coalesce((select f.from_region_code from talent_flow f where f.talent_id = t.id
                                     and f.moved_at >= ? order by f.moved_at, f.id limit 1), t.region_code)
            from talent t where t.merged_into_id is null and t.created_at < ? and (t.status = 'ACTIVE' or t.left_at >= ?)
            """;
    /** The talents with a patent agent's licence by the day that was not rejected (parameters: day, end, day). */
    private static final String AGENTS = """
            select q.talent_id from qualification q where q.type = 'PATENT_AGENT' and q.verification <> 'REJECTED'
              and (q.issued_on <= ? or q.issued_on is null and q.created_at < ?)
              and (q.expires_on is null or q.expires_on >= ?)
            """;

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    TalentRecords records;
    @Autowired
    TalentMerge merge;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static boolean fixtureBuilt;
    private UserSummary national;

    @BeforeEach
    void fixture() {
        national = accounts.active("indicators", Role.NATIONAL_ADMIN, null);
        if (!fixtureBuilt) {
            build2011();
            fixtureBuilt = true;
        }
    }

    @Test
    void everySourceIsContributedDatedInItsUnit() {
        Map<String, IndicatorSource> byCode = sources.stream()
                .collect(Collectors.toMap(IndicatorSource::code, Function.identity()));
        assertThat(byCode).containsKeys(CODES.toArray(String[]::new));
        assertThat(CODES).allSatisfy(code -> assertThat(byCode.get(code).dated()).isTrue());
        assertThat(byCode.get("registry.talents").unit()).isEqualTo(IndicatorUnit.PERSONS);
        assertThat(byCode.get("registry.public-service-cities").unit()).isEqualTo(IndicatorUnit.PERCENT);
    }

    @Test
    void aTalentCountsFromItsRegistrationUntilTheDayItLeftWhereItWasThenAndAMergedOneNever() {
        IndicatorSource talents = source("registry.talents");
        // March: T1, T2, T3's survivor T1 only, T4 in Nanjing, T6, T7, T8 (T5 registered in May)
        assertThat(talents.value(RegionScope.national(), MARCH)).isEqualByComparingTo("6");
        assertThat(talents.value(RegionScope.of("440100"), MARCH)).isEqualByComparingTo("2");
        // June 30th: T2 left that day, so no longer; T5 has come
        assertThat(talents.value(RegionScope.national(), JUNE)).isEqualByComparingTo("6");
        assertThat(talents.value(RegionScope.of("440100"), JUNE)).isEqualByComparingTo("1");
        assertThat(talents.value(RegionScope.of("440000"), JUNE)).isEqualByComparingTo("5");
        assertThat(talents.value(RegionScope.of("320100"), JUNE)).isEqualByComparingTo("1");
        assertThat(talents.values(RegionScope.Level.CITY, JUNE)).containsEntry("440300", new BigDecimal(4))
                .containsEntry("320100", BigDecimal.ONE).containsEntry("440100", BigDecimal.ONE);
        // September: T4 moved to Shenzhen in August, T8 retired
        assertThat(talents.value(RegionScope.national(), SEPTEMBER)).isEqualByComparingTo("5");
        assertThat(talents.values(RegionScope.Level.PROVINCE, SEPTEMBER)).containsEntry("440000", new BigDecimal(5))
                .containsEntry("320000", BigDecimal.ZERO).hasSizeGreaterThanOrEqualTo(31);
        assertThat(talents.value(RegionScope.of("320100"), SEPTEMBER)).isEqualByComparingTo("0");
    }

    @Test
    void patentAgentsCountFromTheirLicenceUnlessItWasRejected() {
        IndicatorSource agents = source("registry.licensed-patent-agents");
        assertThat(agents.value(RegionScope.national(), MARCH)).isEqualByComparingTo("0");
        assertThat(agents.value(RegionScope.national(), JUNE)).isEqualByComparingTo("1");
        assertThat(agents.value(RegionScope.national(), SEPTEMBER)).isEqualByComparingTo("2");
        assertThat(agents.values(RegionScope.Level.CITY, SEPTEMBER)).containsEntry("440300", new BigDecimal(2));
        assertThat(source("registry.information-service-staff").values(RegionScope.Level.CITY, JUNE))
                .containsEntry("440100", BigDecimal.ONE).containsEntry("440300", BigDecimal.ZERO);
    }

    @Test
    void publicServiceCoversAProvinceWithEveryCategoryAndTheCitiesWithAnyone() {
        IndicatorSource provinces = source("registry.public-service-provinces");
        // June: the four categories in Guangdong (T1 in Guangzhou, T8 in Shenzhen), 1 of 31 provinces
        assertThat(provinces.value(RegionScope.national(), JUNE)).isEqualByComparingTo("3.23");
        assertThat(provinces.value(RegionScope.of("440000"), JUNE)).isEqualByComparingTo("100");
        assertThat(provinces.values(RegionScope.Level.PROVINCE, JUNE)).hasSize(31)
                .containsEntry("440000", new BigDecimal("100.00")).containsEntry("320000", new BigDecimal("0.00"));
        assertThat(provinces.values(RegionScope.Level.CITY, JUNE)).isEmpty();
        assertThat(provinces.value(RegionScope.of("440100"), JUNE)).isNull();
        // September: T8 retired, two categories are missing
        assertThat(provinces.value(RegionScope.national(), SEPTEMBER)).isEqualByComparingTo("0");
        assertThat(provinces.value(RegionScope.of("440000"), SEPTEMBER)).isEqualByComparingTo("0");

        IndicatorSource cities = source("registry.public-service-cities");
        // 333 prefecture-level units, 21 of them in Guangdong; the municipalities have none
        assertThat(cities.values(RegionScope.Level.CITY, JUNE)).hasSize(333)
                .containsEntry("440100", new BigDecimal("100.00")).containsEntry("440300", new BigDecimal("100.00"))
                .containsEntry("440200", new BigDecimal("0.00")).doesNotContainKey("429000");
        assertThat(cities.value(RegionScope.national(), JUNE)).isEqualByComparingTo("0.60");
        assertThat(cities.value(RegionScope.of("440000"), JUNE)).isEqualByComparingTo("9.52");
        assertThat(cities.value(RegionScope.of("440300"), JUNE)).isEqualByComparingTo("100");
        assertThat(cities.value(RegionScope.of("110000"), JUNE)).isNull();
        assertThat(cities.values(RegionScope.Level.PROVINCE, JUNE)).hasSize(27)
                .containsEntry("440000", new BigDecimal("9.52")).doesNotContainKey("110000");
        assertThat(cities.value(RegionScope.national(), SEPTEMBER)).isEqualByComparingTo("0.30");
        assertThat(cities.value(RegionScope.of("440000"), SEPTEMBER)).isEqualByComparingTo("4.76");
    }

    @Test
    void everyFigureIsTheDirectCountTodayAndInThePast() {
        Set<Long> informationService = Set.copyOf(jdbc.queryForList(
                "select talent_id from talent_category where category = 'PS_INFORMATION_SERVICE'", Long.class));
        Map<Long, Set<String>> publicService = new HashMap<>();
        jdbc.query("select talent_id, category from talent_category where team = 'PUBLIC_SERVICE'", rs -> {
            publicService.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        for (LocalDate day : List.of(LocalDate.now(), LocalDate.of(2023, 6, 30), JUNE)) {
            OffsetDateTime end = day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
            Map<Long, String> present = new HashMap<>();
            jdbc.query(TALENTS, rs -> {
                present.put(rs.getLong(1), rs.getString(2));
            }, end, end, end);
            Set<Long> agents = Set.copyOf(jdbc.queryForList(AGENTS, Long.class, day, end, day));
            checkCounts(source("registry.talents"), day, present, id -> true);
            checkCounts(source("registry.information-service-staff"), day, present, informationService::contains);
            checkCounts(source("registry.licensed-patent-agents"), day, present, agents::contains);
            checkPublicService(day, present, publicService);
        }
    }

    /** The source's figures against the regions of the talents present that a direct count keeps. */
    private void checkCounts(IndicatorSource source, LocalDate day, Map<Long, String> present,
            java.util.function.LongPredicate kept) {
        List<String> regions = present.entrySet().stream().filter(e -> kept.test(e.getKey()))
                .map(Map.Entry::getValue).toList();
        long started = System.nanoTime();
        BigDecimal total = source.value(RegionScope.national(), day);
        log.info("{} at {}: {} in {} ms", source.code(), day, total, (System.nanoTime() - started) / 1_000_000);
        assertThat(total).as("%s at %s", source.code(), day).isEqualByComparingTo(String.valueOf(regions.size()));
        Map<String, Long> provinces = regions.stream().collect(Collectors.groupingBy(r -> r.substring(0, 2) + "0000",
                TreeMap::new, Collectors.counting()));
        Map<String, Long> cities = regions.stream().filter(r -> !r.substring(2, 4).equals("00")).collect(
                Collectors.groupingBy(r -> r.substring(0, 4) + "00", TreeMap::new, Collectors.counting()));
        assertThat(nonZero(source.values(RegionScope.Level.PROVINCE, day))).as("%s by province at %s", source.code(),
                day).isEqualTo(provinces);
        assertThat(nonZero(source.values(RegionScope.Level.CITY, day))).as("%s by city at %s", source.code(), day)
                .isEqualTo(cities);
        assertThat(source.value(RegionScope.of("440000"), day)).isEqualByComparingTo(
                String.valueOf(provinces.getOrDefault("440000", 0L)));
        assertThat(source.value(RegionScope.of("440300"), day)).isEqualByComparingTo(
                String.valueOf(cities.getOrDefault("440300", 0L)));
    }

    /** Provinces with all four public-service categories, and prefecture-level cities with any, counted directly. */
    private void checkPublicService(LocalDate day, Map<Long, String> present, Map<Long, Set<String>> publicService) {
        Map<String, Set<String>> byProvince = new HashMap<>();
        Set<String> cityPrefixes = new HashSet<>();
        present.forEach((id, region) -> {
            Set<String> categories = publicService.get(id);
            if (categories != null) {
                byProvince.computeIfAbsent(region.substring(0, 2), k -> new HashSet<>()).addAll(categories);
                cityPrefixes.add(region.substring(0, 4));
            }
        });
        long complete = byProvince.values().stream().filter(c -> c.size() == 4).count();
        assertThat(source("registry.public-service-provinces").value(RegionScope.national(), day))
                .as("provinces covered at %s", day).isEqualByComparingTo(percent(complete, 31).toPlainString());
        long cities = jdbc.queryForObject("""
                select count(*) from ref_division d where d.level = 2 and d.code < '710000'
                  and d.kind <> 'province_administered_county_group' and left(d.code, 4) = any(?)""", Long.class,
                (Object) cityPrefixes.toArray(String[]::new));
        assertThat(source("registry.public-service-cities").value(RegionScope.national(), day))
                .as("cities covered at %s", day).isEqualByComparingTo(percent(cities, 333).toPlainString());
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }

    private static Map<String, Long> nonZero(Map<String, BigDecimal> values) {
        Map<String, Long> kept = new TreeMap<>();
        values.forEach((region, value) -> {
            if (value.signum() != 0) {
                kept.put(region, value.longValueExact());
            }
        });
        return kept;
    }

    /**
     * In 2011, before anyone else's talents: T1 in Guangzhou (public-service backbone and information service), T2 in
     * Guangzhou who left on June 30th, T3 merged into T1, T4 registered in Nanjing who moved to Shenzhen in August, and
     * in Shenzhen T5 (registered in May, licensed in April), T6 (a rejected licence), T7 (licensed in August) and T8
     * (public-service window and information technology, retired in September).
     */
    private void build2011() {
        TalentView t1 = create("440100", List.of("PS_BACKBONE_NODE", "PS_INFORMATION_SERVICE"));
        TalentView t2 = create("440100", List.of("APP_ENTERPRISE_MANAGER"));
        TalentView t3 = create("440100", List.of("PS_BUSINESS_WINDOW"));
        TalentView t4 = create("320100", List.of("APP_ENTERPRISE_MANAGER"));
        TalentView t5 = create("440300", List.of("APP_PATENT_AGENT"));
        TalentView t6 = create("440300", List.of("APP_PATENT_AGENT"));
        TalentView t7 = create("440300", List.of("APP_PATENT_AGENT"));
        TalentView t8 = create("440300", List.of("PS_BUSINESS_WINDOW", "PS_INFORMATION_TECHNOLOGY"));
        for (TalentView t : List.of(t1, t2, t3, t4, t6, t7, t8)) {
            registered(t.id(), "2011-01-15T09:00");
        }
        registered(t5.id(), "2011-05-01T09:00");
        update(t2, "LEFT");
        assertThat(leftAt(t2.id())).as("the day it left, as the service records it").isNotNull();
        jdbc.update("update talent set left_at = ? where id = ?", at("2011-06-30T10:00"), t2.id());
        update(t8, "RETIRED");
        jdbc.update("update talent set left_at = ? where id = ?", at("2011-09-01T10:00"), t8.id());
        TestAccounts.as(national, () -> {
            merge.merge(t1.id(), t3.id());
            return null;
        });
        TalentView moving = TestAccounts.as(national, () -> records.get(t4.id()));
        TestAccounts.as(national, () -> records.update(moving.id(), moving.version(), input(moving, "440300", null),
                Talent.Source.MANUAL));
        jdbc.update("update talent_flow set moved_at = ? where talent_id = ?", at("2011-08-01T10:00"), t4.id());
        licence(t5.id(), LocalDate.of(2011, 4, 1));
        licence(t6.id(), LocalDate.of(2010, 4, 1));
        jdbc.update("update qualification set verification = 'REJECTED' where talent_id = ?", t6.id());
        licence(t7.id(), LocalDate.of(2011, 8, 1));
    }

    private TalentView create(String region, List<String> categories) {
        String identity = TestIdentities.identity(region.substring(0, 4) + "03", true);
        return TestAccounts.as(national, () -> records.create(new TalentInput(TestAccounts.uniqueName("指标"), null,
                null, identity, "13912345678", null, "MASTER", "LAW", null, null, null, region, "72", categories, null,
                null, null, null), Talent.Source.MANUAL));
    }

    private TalentView update(TalentView talent, String status) {
        TalentView current = TestAccounts.as(national, () -> records.get(talent.id()));
        return TestAccounts.as(national, () -> records.update(current.id(), current.version(),
                input(current, current.regionCode(), status), Talent.Source.MANUAL));
    }

    private TalentInput input(TalentView t, String region, String status) {
        String identity = TestAccounts.as(national, () -> records.sensitive(t.id())).identityNumber();
        return new TalentInput(t.name(), null, null, identity, "13912345678", null, t.education(), t.discipline(),
                null, null, null, region, t.industryCode(), t.categories().stream()
                        .map(TalentView.CategoryView::category).toList(), null, null, null, status);
    }

    private void licence(long talentId, LocalDate issued) {
        TestAccounts.as(national, () -> records.addQualification(talentId, "PATENT_AGENT", null,
                "PA" + talentId, null, issued, null));
    }

    private void registered(long id, String localTime) {
        jdbc.update("update talent set created_at = ? where id = ?", at(localTime), id);
    }

    private OffsetDateTime leftAt(long id) {
        return jdbc.queryForObject("select left_at from talent where id = ?", OffsetDateTime.class, id);
    }

    private static OffsetDateTime at(String localTime) {
        return java.time.LocalDateTime.parse(localTime).atZone(ZONE).toOffsetDateTime();
    }

    private IndicatorSource source(String code) {
        return sources.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
