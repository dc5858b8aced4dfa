package org.iptalent.education.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's degree programmes at the universities known to run IP programmes, with their intake and graduates from
 * 2016 (or their first year) to last year, and the jointly built academies those universities host. A university the
 * registry's demo did not create is registered here. Written directly, as recorded history: some 60 programmes and
 * 500 yearly rows, well under a second.
 */
@Component
class EducationDemoData implements DemoDataContributor {

    static final DemoTexts TEXTS = DemoTexts.load("education/education-demo.properties");
    static final int FIRST_FIGURES = 2016;
    private static final String EDUCATION_INDUSTRY = "83";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EducationDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "education";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void contribute(DemoProperties demo) {
        Random random = new Random(demo.seed() + 90);
        int lastYear = LocalDate.now(clock).getYear() - 1;
        transaction.executeWithoutResult(status -> {
            String firstUniversity = TEXTS.numbered("university").get(0).split(";")[0];
            if (Boolean.TRUE.equals(jdbc.queryForObject("""
                    select exists (select 1 from degree_programme p join organisation o on o.id = p.university_id
                      where o.name = ?)""", Boolean.class, firstUniversity))) {
                return; // the demo's programmes are there already
            }
            Map<String, Long> universities = new HashMap<>();
            List<Object[]> years = new ArrayList<>();
            for (String line : TEXTS.numbered("university")) {
                String[] parts = line.split(";");
                long university = university(parts[0], parts[1]);
                universities.put(parts[0], university);
                for (String programme : parts[2].split(",")) {
                    String[] p = programme.split(":");
                    String level = p[0];
                    int first = Integer.parseInt(p[2]);
                    Long id = jdbc.queryForObject("""
                            insert into degree_programme (university_id, region_code, name, level, first_year,
                              created_at, updated_at)
                            values (?, ?, ?, ?, ?, now(), now()) returning id""", Long.class, university, parts[1],
                            p[1], level, first);
                    years.addAll(figures(random, id, level, first, lastYear));
                }
            }
            jdbc.batchUpdate("""
                    insert into degree_programme_year (programme_id, year, intake, graduates, updated_at)
                    values (?, ?, ?, ?, ?)""", years);
            for (String line : TEXTS.numbered("academy")) {
                String[] parts = line.split(";");
                jdbc.update("""
                        insert into ip_academy (name, host_id, partners, founded_on, region_code, created_at,
                          updated_at)
                        values (?, ?, ?, ?, ?, now(), now())""", parts[0], universities.get(parts[1]), parts[2],
                        Date.valueOf(LocalDate.parse(parts[3])), parts[4]);
            }
        });
    }

    /**
     * A programme's years from 2016 (or its first) to last year: an intake that grows a little, year on year, and
     * graduates a year's normal length after their cohort, most of it.
     */
    static List<Object[]> figures(Random random, long id, String level, int first, int lastYear) {
        int years = switch (level) {
            case "BACHELOR" -> 4;
            case "MASTER", "DOCTORATE" -> 3;
            default -> 2;
        };
        int base = switch (level) {
            case "BACHELOR" -> 45 + random.nextInt(40);
            case "MASTER" -> 12 + random.nextInt(20);
            case "DOCTORATE" -> 3 + random.nextInt(6);
            default -> 25 + random.nextInt(35);
        };
        Map<Integer, Integer> intakes = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int year = Math.max(first, FIRST_FIGURES); year <= lastYear; year++) {
            int intake = Math.max(1, (int) Math.round(base * (1 + 0.04 * (year - FIRST_FIGURES))
                    + random.nextInt(7) - 3));
            intakes.put(year, intake);
            int graduates = 0;
            if (year >= first + years) {
                // the cohort's intake when recorded; before 2016 about the base
                int cohort = intakes.getOrDefault(year - years, base);
                graduates = (int) Math.floor(cohort * (0.88 + random.nextInt(10) / 100.0));
            }
            rows.add(new Object[] {id, year, intake, graduates, now});
        }
        return rows;
    }

    /**
     * The university of this name in its region, registered when the demo registry has none: unverified, as the demo
     * does not know its credit code.
     */
    private long university(String name, String region) {
        Long found = jdbc.query("""
                select id from organisation where name = ? and region_code = ? and merged_into_id is null
                order by id limit 1""", rs -> rs.next() ? rs.getLong(1) : null, name, region);
        if (found != null) {
            return found;
        }
        return jdbc.queryForObject("""
                insert into organisation (name, type, region_code, industry_code, verified, created_at, updated_at)
                values (?, 'UNIVERSITY', ?, ?, false, now(), now()) returning id""", Long.class, name, region,
                EDUCATION_INDUSTRY);
    }
}
