package org.iptalent.analytics.annual;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Talents of a year nobody else uses ({@link #YEAR}), written straight into the tables with their registration in
 * that year, and the demand of its survey; then the history's December of the year taken from the registry's real
 * sources, as the monthly job takes it.
 */
final class AnnualReportSeed {

    static final int YEAR = 2016;
    static final String GUANGXI = "450000";
    static final String NANNING = "450100";
    static final String YUNNAN = "530000";
    static final String KUNMING = "530100";

    private AnnualReportSeed() {
    }

    static void talents(JdbcTemplate jdbc) {
        OffsetDateTime march = OffsetDateTime.of(YEAR, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        talent(jdbc, NANNING, GUANGXI, "MASTER", "LAW", LocalDate.of(1990, 5, 1), march, null, "PROT_MEDIATOR");
        talent(jdbc, NANNING, GUANGXI, "MASTER", "SCIENCE_ENGINEERING", LocalDate.of(1980, 5, 1), march, null,
                "PROT_TECH_INVESTIGATOR", "PROT_MEDIATOR");
        talent(jdbc, NANNING, GUANGXI, "BACHELOR", "LAW", LocalDate.of(1970, 1, 1), march, null, "APP_OPERATION");
        talent(jdbc, GUANGXI, GUANGXI, "DOCTORATE", null, null, march, null, "APP_OPERATION");
        talent(jdbc, KUNMING, YUNNAN, null, "LAW", LocalDate.of(1960, 1, 1), march, null, "PROT_MEDIATOR");
        talent(jdbc, KUNMING, YUNNAN, "BACHELOR", "LAW", LocalDate.of(1995, 1, 1), march, null, "APP_OPERATION");
        // left within the year, and registered after it: neither is present at the year's end
        talent(jdbc, KUNMING, YUNNAN, "BACHELOR", "LAW", LocalDate.of(1995, 1, 1), march, march.plusMonths(3),
                "PROT_MEDIATOR");
        talent(jdbc, KUNMING, YUNNAN, "MASTER", "LAW", LocalDate.of(1995, 1, 1), march.plusYears(1), null,
                "PROT_MEDIATOR");
        long agent = talent(jdbc, NANNING, GUANGXI, "MASTER", "SCIENCE_ENGINEERING", LocalDate.of(1985, 1, 1), march,
                null, "PROT_MEDIATOR");
        jdbc.update("""
                insert into qualification (talent_id, type, issued_on, verification, version, created_at, updated_at)
                values (?, 'PATENT_AGENT', ?, 'VERIFIED', 0, now(), now())""", agent, LocalDate.of(YEAR, 4, 1));
    }

    static long talent(JdbcTemplate jdbc, String region, String province, String education, String discipline,
            LocalDate born, OffsetDateTime registered, OffsetDateTime left, String... categories) {
        Long id = jdbc.queryForObject("""
                insert into talent (name, gender, birth_date, identity_cipher, identity_hash, identity_masked,
                    education, discipline, region_code, province_code, status, source, left_at, version,
                    created_at, updated_at)
                values ('ar', 'FEMALE', ?, 'x', ?, '450***', ?, ?, ?, ?, ?, 'MANUAL', ?, 0, ?, ?) returning id""",
                Long.class, born, UUID.randomUUID().toString().replace("-", ""), education, discipline, region,
                province, left == null ? "ACTIVE" : "LEFT", left == null ? null : Timestamp.from(left.toInstant()),
                Timestamp.from(registered.toInstant()), Timestamp.from(registered.toInstant()));
        for (String category : categories) {
            jdbc.update("insert into talent_category (talent_id, team, category) values (?, ?, ?)", id,
                    category.startsWith("PROT_") ? "PROTECTION" : "APPLICATION", category);
        }
        return id;
    }

    static void demand(JdbcTemplate jdbc) {
        Long organisation = jdbc.queryForObject("insert into organisation (name, type, region_code, verified, version, "
                + "created_at, updated_at) values (?, 'ENTERPRISE', ?, true, 0, now(), now()) returning id", Long.class,
                "ar-" + UUID.randomUUID(), NANNING);
        demand(jdbc, organisation, "NOW", NANNING, GUANGXI, "PROT_MEDIATOR", "PROTECTION", 12);
        demand(jdbc, organisation, "NOW", KUNMING, YUNNAN, "APP_OPERATION", "APPLICATION", 5);
        demand(jdbc, organisation, "Y3", NANNING, GUANGXI, "PROT_MEDIATOR", "PROTECTION", 40);
    }

    private static void demand(JdbcTemplate jdbc, Long organisation, String horizon, String region, String province,
            String category, String team, int count) {
        jdbc.update("""
                insert into demand_report (organisation_id, survey_year, horizon, region_code, province_code, city_code,
                    industry_code, team, category, education, headcount, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, '73', ?, ?, 'BACHELOR', ?, 0, now(), now())""",
                organisation, YEAR, horizon, region, province, province.equals(region) ? null : region, team, category,
                count);
    }

    /** December's values of the registry's talents and teams, the country's, every province's and city's. */
    static void december(SnapshotStore store, List<IndicatorSource> sources) {
        YearMonth december = YearMonth.of(YEAR, 12);
        for (IndicatorSource source : sources) {
            if (!source.code().startsWith("registry.team.") && !source.code().equals("registry.talents")
                    && !source.code().equals("registry.licensed-patent-agents")) {
                continue;
            }
            LocalDate end = december.atEndOfMonth();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("000000", source.value(RegionScope.national(), end));
            values.putAll(source.values(RegionScope.Level.PROVINCE, end));
            values.putAll(source.values(RegionScope.Level.CITY, end));
            store.take(source.code(), december, values, SnapshotStore.Kind.SNAPSHOT);
        }
    }
}
