package org.iptalent.education.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo contributor on the database: its universities (registered when missing), programmes, years and academies
 * written once, a second run adding nothing. Its rows are removed afterwards: other tests count in the same database.
 */
@PlatformTest
class EducationDemoDataRunTests {

    @Autowired
    EducationDemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesTheDemoOnceAndQuickly() {
        long organisationsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from organisation", Long.class);
        long programmesBefore = jdbc.queryForObject("select coalesce(max(id), 0) from degree_programme", Long.class);
        long academiesBefore = jdbc.queryForObject("select coalesce(max(id), 0) from ip_academy", Long.class);
        try {
            long started = System.nanoTime();
            demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7));
            demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7));
            assertThat(count("select count(*) from degree_programme where id > ?", programmesBefore)).isEqualTo(63);
            assertThat(count("select count(*) from ip_academy where id > ?", academiesBefore)).isEqualTo(6);
            assertThat(count("""
                    select count(*) from degree_programme_year y join degree_programme p on p.id = y.programme_id
                    where p.id > ?""", programmesBefore)).isGreaterThan(400);
            assertThat(count("""
                    select count(*) from degree_programme p join organisation o on o.id = p.university_id
                    where p.id > ? and (o.type <> 'UNIVERSITY' or o.region_code <> p.region_code)""",
                    programmesBefore)).isZero();
            assertThat(jdbc.queryForList("""
                    select distinct first_year from degree_programme where id > ? and level = 'PROFESSIONAL_MASTER'
                    order by 1""", Integer.class, programmesBefore)).containsExactly(2023, 2024);
            assertThat((System.nanoTime() - started) / 1_000_000_000L).as("seconds").isLessThan(10);
        } finally {
            jdbc.update("delete from ip_academy where id > ?", academiesBefore);
            jdbc.update("delete from degree_programme where id > ?", programmesBefore);
            List<String> names = EducationDemoData.TEXTS.numbered("university").stream()
                    .map(line -> line.split(";")[0]).toList();
            for (String name : names) {
                jdbc.update("delete from organisation where id > ? and name = ?", organisationsBefore, name);
            }
        }
    }

    private long count(String sql, long after) {
        return jdbc.queryForObject(sql, Long.class, after);
    }
}
