package org.iptalent.demand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The exchange demo on the database: its fifteen pairings of eastern with western provinces and cities for 2021 to
 * 2025 with their goals, activities within each pairing's period with figures of their kind, secondments of the
 * assisting side's talents, nobody twice, written once and quickly. Its rows are removed afterwards: other tests count
 * in the same database.
 */
@PlatformTest
class ExchangeDemoDataRunTests {

    @Autowired
    ExchangeDemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesThePairingsOnceAndQuickly() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from exchange_pairing", Long.class);
        try {
            long started = System.nanoTime();
            demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7));
            demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7));
            assertThat((System.nanoTime() - started) / 1_000_000_000L).as("seconds").isLessThan(10);
            assertThat(count("select count(*) from exchange_pairing where id > ?", before)).isEqualTo(15);
            assertThat(count("""
                    select count(*) from exchange_pairing where id > ? and level = 'PROVINCE'
                      and from_region = '110000' and to_region in ('650000', '540000', '150000')""", before))
                    .isEqualTo(3);
            assertThat(count("""
                    select count(*) from exchange_pairing where id > ? and (starts_on <> '2021-01-01'
                      or ends_on <> '2025-12-31' or goals not like '%' || (select name_zh from ref_division d
                      where d.code = to_region) || '%')""", before)).as("the period and goals naming the assisted")
                    .isZero();
            assertThat(count("""
                    select count(*) from exchange_pairing where id > ? and (level = 'PROVINCE'
                      and (right(from_region, 4) <> '0000' or right(to_region, 4) <> '0000') or level = 'CITY'
                      and (right(from_region, 4) = '0000' or right(to_region, 4) = '0000'))""", before)).isZero();
            assertThat(count("select count(*) from exchange_activity a where a.pairing_id > ?", before))
                    .isBetween(15L * 5 * 2, 15L * 5 * 4);
            assertThat(count("""
                    select count(*) from exchange_activity a join exchange_pairing p on p.id = a.pairing_id
                    where p.id > ? and (a.held_on < p.starts_on or a.held_on > p.ends_on
                      or a.kind = 'TRAINING' and a.people_trained < 40
                      or a.kind = 'CASE_ASSISTANCE' and a.cases_assisted < 3 or a.hours < 1)""", before)).isZero();
            assertThat(count("""
                    select count(*) from exchange_secondment s join exchange_pairing p on p.id = s.pairing_id
                    join talent t on t.id = s.talent_id
                    where p.id > ? and (s.starts_on < p.starts_on or s.ends_on > p.ends_on or s.ends_on < s.starts_on
                      or s.from_region <> p.from_region or s.to_region <> p.to_region
                      or t.region_code not like case when p.level = 'PROVINCE' then left(p.from_region, 2)
                        else left(p.from_region, 4) end || '%')""", before)).isZero();
            assertThat(count("""
                    select count(*) - count(distinct talent_id) from exchange_secondment where pairing_id > ?""",
                    before)).as("nobody seconded twice").isZero();
        } finally {
            jdbc.update("delete from exchange_pairing where id > ?", before);
        }
    }

    private long count(String sql, long after) {
        return jdbc.queryForObject(sql, Long.class, after);
    }
}
