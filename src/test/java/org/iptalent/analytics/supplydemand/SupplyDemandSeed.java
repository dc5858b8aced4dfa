package org.iptalent.analytics.supplydemand;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Talents and demand of Xinjiang written straight into the tables for the supply-versus-demand tests: active talents
 * in Urumqi (650100), Karamay (650200) and the province with no city, some of two categories of one team (counted
 * once), a talent who left and a merged duplicate (never counted), and the demand of a survey year nobody else uses.
 */
public final class SupplyDemandSeed {

    public static final String PROVINCE = "650000";
    public static final String URUMQI = "650100";
    public static final String KARAMAY = "650200";
    public static final String TEAM = "PROTECTION";
    public static final String CATEGORY = "PROT_MEDIATOR";
    public static final String OTHER_CATEGORY = "PROT_TECH_INVESTIGATOR";
    public static final String INDUSTRY = "73";
    public static final int YEAR = 2031;

    private SupplyDemandSeed() {
    }

    /** What the seed adds to the PROTECTION team's supply: Urumqi 3, Karamay 1, the province itself 1. */
    public static void write(JdbcTemplate jdbc) {
        // Urumqi: one mediator, one mediator and investigator (once in the team), one investigator of another industry
        talent(jdbc, URUMQI, INDUSTRY, "ACTIVE", false, CATEGORY);
        talent(jdbc, URUMQI, INDUSTRY, "ACTIVE", false, CATEGORY, OTHER_CATEGORY);
        talent(jdbc, URUMQI, "72", "ACTIVE", false, OTHER_CATEGORY);
        // another team only: not in PROTECTION's figures
        talent(jdbc, URUMQI, INDUSTRY, "ACTIVE", false, "APP_OPERATION");
        // left and merged: never supply
        talent(jdbc, URUMQI, INDUSTRY, "LEFT", false, CATEGORY);
        talent(jdbc, URUMQI, INDUSTRY, "ACTIVE", true, CATEGORY);
        talent(jdbc, KARAMAY, INDUSTRY, "ACTIVE", false, CATEGORY);
        talent(jdbc, PROVINCE, INDUSTRY, "ACTIVE", false, CATEGORY);

        Long organisation = jdbc.queryForObject("insert into organisation (name, type, region_code, verified, version, "
                + "created_at, updated_at) values (?, 'ENTERPRISE', ?, true, 0, now(), now()) returning id", Long.class,
                "sd-" + UUID.randomUUID(), URUMQI);
        // Urumqi needs 7 mediators now (and 4 in industry 72), Karamay 2 investigators now, the province 5; Y3 differs
        demand(jdbc, organisation, "NOW", URUMQI, INDUSTRY, CATEGORY, 7);
        demand(jdbc, organisation, "NOW", URUMQI, "72", CATEGORY, 4);
        demand(jdbc, organisation, "NOW", KARAMAY, INDUSTRY, OTHER_CATEGORY, 2);
        demand(jdbc, organisation, "NOW", PROVINCE, INDUSTRY, CATEGORY, 5);
        demand(jdbc, organisation, "NOW", URUMQI, INDUSTRY, "APP_OPERATION", 9);
        demand(jdbc, organisation, "Y3", URUMQI, INDUSTRY, CATEGORY, 30);
    }

    private static void talent(JdbcTemplate jdbc, String region, String industry, String status, boolean merged,
            String... categories) {
        String identity = UUID.randomUUID().toString().replace("-", "");
        Long id = jdbc.queryForObject("""
                insert into talent (name, gender, identity_cipher, identity_hash, identity_masked, region_code,
                    province_code, industry_code, status, source, left_at, version, created_at, updated_at)
                values ('sd', 'MALE', 'x', ?, '650***', ?, ?, ?, ?, 'MANUAL', ?, 0, now(), now()) returning id""",
                Long.class, identity, region, PROVINCE, industry, status,
                "ACTIVE".equals(status) ? null : java.sql.Timestamp.from(java.time.Instant.now()));
        for (String category : categories) {
            jdbc.update("insert into talent_category (talent_id, team, category) values (?, ?, ?)", id,
                    category.startsWith("PROT_") ? TEAM : "APPLICATION", category);
        }
        if (merged) {
            Long survivor = jdbc.queryForObject("select min(id) from talent", Long.class);
            jdbc.update("update talent set merged_into_id = ? where id = ?", survivor, id);
        }
    }

    private static void demand(JdbcTemplate jdbc, Long organisation, String horizon, String region, String industry,
            String category, int count) {
        jdbc.update("""
                insert into demand_report (organisation_id, survey_year, horizon, region_code, province_code, city_code,
                    industry_code, team, category, education, headcount, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BACHELOR', ?, 0, now(), now())""",
                organisation, YEAR, horizon, region, PROVINCE, PROVINCE.equals(region) ? null : region, industry,
                category.startsWith("PROT_") ? TEAM : "APPLICATION", category, count);
    }
}
