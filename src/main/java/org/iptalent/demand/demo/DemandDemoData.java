package org.iptalent.demand.demo;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's demand: the registry's enterprises and more (up to {@code iptalent.demand.demo.employers}) report
 * every year from 2021 to 2025 in the national rounds, closed since, and a third of them already in this year's open
 * round. Each province's demand is its registered supply times a factor of its own, so that the manufacturing and
 * fast-growing provinces are short (demand above supply) and the capitals of talent in surplus; demand grows over
 * the years and with the horizon. The demo's employer accounts report for an enterprise of their province. Written
 * with one COPY.
 */
@Component
class DemandDemoData implements DemoDataContributor {

    static final DemoTexts TEXTS = DemoTexts.load("demand/demand-demo.properties");
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    /** Demand over supply in the provinces that are short of IP staff, and in those with a surplus. */
    static final Map<String, Double> FACTORS = Map.ofEntries(Map.entry("440000", 1.6), Map.entry("320000", 1.5),
            Map.entry("330000", 1.45), Map.entry("510000", 1.35), Map.entry("420000", 1.3),
            Map.entry("340000", 1.3), Map.entry("610000", 1.25), Map.entry("500000", 1.2),
            Map.entry("110000", 0.55), Map.entry("310000", 0.65), Map.entry("120000", 0.7),
            Map.entry("210000", 0.75), Map.entry("230000", 0.7), Map.entry("220000", 0.75));
    static final double[] HORIZONS = {1.0, 1.1, 1.3, 1.5};
    static final String[] HORIZON_CODES = {"NOW", "Y1", "Y3", "Y5"};
    static final List<String> INDUSTRIES = List.of("26", "27", "35", "36", "38", "39", "65", "72", "73", "75");
    static final String[] EDUCATIONS = {"BACHELOR", "BACHELOR", "BACHELOR", "MASTER", "MASTER", "JUNIOR_COLLEGE",
            "DOCTORATE"};

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ReferenceData reference;
    private final Clock clock;
    private final int employers;

    DemandDemoData(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate transaction,
            ReferenceData reference, Clock clock, @Value("${iptalent.demand.demo.employers:3000}") int employers) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.reference = reference;
        this.clock = clock;
        this.employers = employers;
    }

    @Override
    public String name() {
        return "employers-demand";
    }

    @Override
    public int order() {
        return 92;
    }

    /** An employer: its organisation, region and industry. */
    private record Employer(long id, String regionCode, String industryCode) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        Random random = new Random(demo.seed() + 90);
        transaction.executeWithoutResult(status -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from demand_round where year = 2021)",
                    Boolean.class))) {
                return;
            }
            Map<String, Long> supply = new HashMap<>();
            jdbc.query("""
                    select province_code, count(*) from talent where merged_into_id is null group by province_code""",
                    rs -> {
                        supply.put(rs.getString(1), rs.getLong(2));
                    });
            List<Employer> all = employers(random, supply);
            Map<String, List<Employer>> byProvince = new HashMap<>();
            all.forEach(e -> byProvince.computeIfAbsent(e.regionCode().substring(0, 2) + "0000",
                    k -> new ArrayList<>()).add(e));
            int thisYear = LocalDate.now(clock).getYear();
            rounds(thisYear);
            List<Term> categories = reference.terms(TaxonomyKind.CATEGORY);
            CopyRows rows = new CopyRows(all.size() * 30);
            Timestamp now = Timestamp.from(clock.instant());
            for (Map.Entry<String, List<Employer>> province : byProvince.entrySet()) {
                double factor = FACTORS.getOrDefault(province.getKey(), 0.85 + random.nextDouble() * 0.25);
                long base = Math.max(40, supply.getOrDefault(province.getKey(), 0L));
                for (int year = FIRST_YEAR; year <= Math.max(LAST_YEAR, thisYear); year++) {
                    double share = year > LAST_YEAR ? 0.35 : 0.8 + 0.03 * (year - FIRST_YEAR);
                    double growth = 0.7 + 0.075 * Math.min(year - FIRST_YEAR, 4);
                    report(random, rows, province.getValue(), categories, year, share, base * factor * growth, now);
                }
            }
            copy(rows);
            linkAccounts(byProvince);
        });
    }

    /** The registry's enterprises, and new ones in the provinces' cities as the supply is spread, up to the total. */
    private List<Employer> employers(Random random, Map<String, Long> supply) {
        List<Employer> found = new ArrayList<>(jdbc.query("""
                select id, region_code, industry_code from organisation
                where merged_into_id is null and type = 'ENTERPRISE' order by id""",
                (rs, n) -> new Employer(rs.getLong(1), rs.getString(2), industry(random, rs.getString(3)))));
        int missing = employers - found.size();
        long total = supply.values().stream().mapToLong(Long::longValue).sum();
        if (missing <= 0) {
            return found;
        }
        List<String> names = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> industries = new ArrayList<>();
        List<String> words = TEXTS.numbered("word");
        List<String> suffixes = TEXTS.numbered("suffix");
        for (Division province : reference.provinces()) {
            if (!province.isMainland()) {
                continue;
            }
            long share = total == 0 ? missing / 31 : Math.round((double) missing
                    * supply.getOrDefault(province.code(), 0L) / total);
            List<Division> cities = reference.citiesOf(province.code());
            for (int i = 0; i < Math.max(share, 5); i++) {
                Division place = cities.isEmpty() ? province : cities.get(random.nextInt(cities.size()));
                names.add(place.shortNameZh() + words.get(random.nextInt(words.size()))
                        + words.get(random.nextInt(words.size())) + suffixes.get(random.nextInt(suffixes.size()))
                        + (i + 1));
                regions.add(place.code());
                industries.add(INDUSTRIES.get(random.nextInt(INDUSTRIES.size())));
            }
        }
        List<Long> ids = jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into organisation (name, type, region_code, industry_code, created_at, updated_at)
                    select n, 'ENTERPRISE', r, i, now(), now() from unnest(?::text[], ?::text[], ?::text[]) as x(n, r, i)
                    returning id""");
            ps.setArray(1, con.createArrayOf("text", names.toArray()));
            ps.setArray(2, con.createArrayOf("text", regions.toArray()));
            ps.setArray(3, con.createArrayOf("text", industries.toArray()));
            return ps;
        }, (rs, n) -> rs.getLong(1));
        for (int i = 0; i < ids.size(); i++) {
            found.add(new Employer(ids.get(i), regions.get(i), industries.get(i)));
        }
        return found;
    }

    private static String industry(Random random, String code) {
        return code != null ? code : INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
    }

    /** The national rounds: closed for the years reported, this year's open. */
    private void rounds(int thisYear) {
        for (int year = FIRST_YEAR; year <= Math.max(LAST_YEAR, thisYear); year++) {
            boolean open = year == thisYear && year > LAST_YEAR;
            jdbc.update("""
                    insert into demand_round (region_code, year, state, closed_at, created_at, updated_at)
                    values ('000000', ?, ?, ?, ?, ?) on conflict (region_code, year) do nothing""", year,
                    open ? "OPEN" : "CLOSED", open ? null : Timestamp.valueOf(LocalDate.of(year, 6, 30).atStartOfDay()),
                    Timestamp.valueOf(LocalDate.of(year, 3, 1).atStartOfDay()),
                    Timestamp.valueOf(LocalDate.of(year, 3, 1).atStartOfDay()));
        }
    }

    /**
     * One year of a province: the employers that report (a share of them) each name one to three categories of
     * need, the province's demand now shared among them by random weights, and more at each later horizon.
     */
    private void report(Random random, CopyRows rows, List<Employer> employers, List<Term> categories, int year,
            double share, double demand, Timestamp now) {
        List<Object[]> needs = new ArrayList<>();
        double weights = 0;
        for (Employer employer : employers) {
            if (random.nextDouble() >= share) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            List<Term> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                Term category = categories.get(random.nextInt(categories.size()));
                if (!chosen.contains(category)) {
                    chosen.add(category);
                }
            }
            for (Term category : chosen) {
                double weight = 0.3 + random.nextDouble() * (category.parentCode().equals("APPLICATION") ? 2.5 : 1);
                weights += weight;
                String qualification = category.code().equals("APP_PATENT_AGENT") ? "PATENT_AGENT"
                        : category.code().equals("APP_TRADEMARK_AGENT") ? "TRADEMARK_AGENT" : null;
                needs.add(new Object[] {employer, category, EDUCATIONS[random.nextInt(EDUCATIONS.length)],
                        qualification, weight});
            }
        }
        // the province's demand shared out in whole people: each need its share's floor, the rest to the largest
        // fractions, so that the province's total is its demand exactly
        long total = Math.round(demand);
        long[] shares = new long[needs.size()];
        Integer[] order = new Integer[needs.size()];
        long given = 0;
        for (int i = 0; i < needs.size(); i++) {
            double exact = total * (double) needs.get(i)[4] / weights;
            shares[i] = (long) Math.floor(exact);
            needs.get(i)[4] = exact - shares[i];
            given += shares[i];
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare((double) needs.get(b)[4], (double) needs.get(a)[4]));
        for (int i = 0; i < total - given && i < order.length; i++) {
            shares[order[i]]++;
        }
        for (int i = 0; i < needs.size(); i++) {
            Object[] need = needs.get(i);
            Employer employer = (Employer) need[0];
            Term category = (Term) need[1];
            String region = employer.regionCode();
            String city = region.endsWith("0000") ? null : region.substring(0, 4) + "00";
            for (int h = 0; h < HORIZONS.length; h++) {
                int count = (int) Math.min(10_000, Math.round(shares[i] * HORIZONS[h]));
                rows.row(employer.id(), year, HORIZON_CODES[h], region, region.substring(0, 2) + "0000", city,
                        employer.industryCode(), category.parentCode(), category.code(), need[3], need[2], count,
                        now, now);
            }
        }
    }

    private void copy(CopyRows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rows.into(connection, """
                    copy demand_report (organisation_id, survey_year, horizon, region_code, province_code, city_code,
                      industry_code, team, category, qualification, education, headcount, created_at, updated_at)
                    from stdin (format csv)""");
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Each demo employer account reports for the first enterprise of its province. */
    private void linkAccounts(Map<String, List<Employer>> byProvince) {
        jdbc.query("""
                select u.id, u.region_code from app_user u join user_role r on r.user_id = u.id
                where r.role = 'EMPLOYER' and u.region_code is not null
                  and not exists (select 1 from demand_employer d where d.user_id = u.id)""", rs -> {
            List<Employer> employers = byProvince.get(rs.getString(2).substring(0, 2) + "0000");
            if (employers != null && !employers.isEmpty()) {
                jdbc.update("insert into demand_employer (user_id, organisation_id, linked_at) values (?, ?, now())",
                        rs.getLong(1), employers.get(0).id());
            }
        });
    }
}
