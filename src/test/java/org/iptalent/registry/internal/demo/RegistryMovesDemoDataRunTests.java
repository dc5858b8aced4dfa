package org.iptalent.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's moves on the database, over talents of the test's own (other tests count in the same database): one in
 * sixteen moves once, to an employer in another city or province whose region and industry the talent takes, each
 * move recorded as a flow from the old region and employer, dated after the talent joined and before today; a second
 * run moves nobody. Its rows are removed afterwards.
 */
@PlatformTest
class RegistryMovesDemoDataRunTests {

    @Autowired
    RegistryMovesDemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void movesOneTalentInSixteenOnceAsRecordedFlows() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from talent", Long.class);
        String marker = "动" + Long.toString(System.nanoTime(), 36);
        // employers to move to whatever the database holds: in Lanzhou (the talents'), another city of Gansu and
        // three other provinces
        long organisationsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from organisation", Long.class);
        for (String region : List.of("620100", "620200", "440300", "110000", "510100")) {
            jdbc.update("insert into organisation (name, type, region_code, industry_code, created_at, updated_at) "
                    + "values (?, 'ENTERPRISE', ?, '65', now(), now())", marker + region, region);
        }
        Long employer = jdbc.queryForObject("select id from organisation where name = ?", Long.class,
                marker + "620100");
        Timestamp joined = Timestamp.from(Instant.parse("2019-05-01T02:00:00Z"));
        for (int i = 0; i < 160; i++) {
            jdbc.update("""
                    insert into talent (name, gender, identity_cipher, identity_hash, identity_masked, region_code,
                      province_code, employer_id, status, source, created_at, updated_at)
                    values (?, 'FEMALE', 'x', ?, '620***********0022', '620100', '620000', ?, 'ACTIVE', 'IMPORT', ?, ?)""",
                    marker + i, marker + "-" + i, employer, joined, joined);
        }
        try {
            long started = System.nanoTime();
            List<Long> moved = demo.move(7, before);
            assertThat(moved).hasSize(10).allMatch(id -> id % 16 == 7);
            assertThat(demo.move(7, before)).as("a second run stands aside").isEmpty();
            assertThat((System.nanoTime() - started) / 1_000_000_000L).as("seconds").isLessThan(10);
            assertThat(count("select count(*) from talent_flow f where f.talent_id > ? and f.source = 'DEMO'", before))
                    .isEqualTo(10);
            assertThat(count("""
                    select count(*) from talent_flow f join talent t on t.id = f.talent_id
                    where f.talent_id > ? and (f.from_region_code <> '620100' or f.to_region_code <> t.region_code
                      or f.to_employer_id <> t.employer_id or f.from_employer_id is distinct from ?
                      or left(f.to_region_code, 4) = '6201' or f.moved_at <= t.created_at or f.moved_at > now()
                      or t.province_code <> left(t.region_code, 2) || '0000')""", before, employer))
                    .as("every move recorded as it happened").isZero();
            assertThat(count("""
                    select count(*) from talent t join organisation o on o.id = t.employer_id
                    where t.id > ? and t.region_code <> o.region_code""", before)).isZero();
        } finally {
            jdbc.update("delete from talent_flow where talent_id > ?", before);
            jdbc.update("delete from talent where id > ? and name like ?", before, marker + "%");
            jdbc.update("delete from organisation where id > ? and name like ?", organisationsBefore, marker + "%");
        }
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
