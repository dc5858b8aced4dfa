package org.iptalent.analytics.flows;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Talents and moves written straight into the registry's tables in 2004 (a year no other test writes), at China's
 * year boundaries, and removed again: what the flows' tests count.
 *
 * <p>Joined in 2004: five in Guangzhou, three in Beijing, two in Chengdu, and one in Shenzhen half an hour into the
 * year in Beijing time (still 2003 in UTC). Moved in 2004: two from Guangzhou to Beijing, one from Guangzhou to
 * Shenzhen (a move between cities, not provinces), one from Beijing to Chengdu half an hour before the year ended in
 * Beijing time, one in Chengdu to another employer (no flow). Moved ten minutes into 2005 (Beijing time): one from
 * Guangzhou to Shanghai.
 *
 * <p>At the end of 2004 the registry therefore holds 11 talents: Beijing 4 (3 + 2 in - 1 out), Shanghai none (its one
 * talent left), the Greater Bay Area 4 (Guangzhou 2, Shenzhen 2) and Chengdu 3.
 */
public final class FlowSeeds {

    public static final int YEAR = 2004;

    private final JdbcTemplate jdbc;
    private final String marker;
    private final List<Long> talents = new ArrayList<>();

    public FlowSeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.marker = "流" + Long.toString(System.nanoTime(), 36);
    }

    public FlowSeeds write() {
        String march = "2004-03-01T10:00:00+08:00";
        long[] guangzhou = new long[5];
        for (int i = 0; i < 5; i++) {
            guangzhou[i] = talent("440100", march);
        }
        long[] beijing = new long[3];
        for (int i = 0; i < 3; i++) {
            beijing[i] = talent("110000", march);
        }
        long chengdu = talent("510100", march);
        talent("510100", march);
        talent("440300", "2004-01-01T00:30:00+08:00");
        long left = talent("310000", march);
        jdbc.update("update talent set status = 'LEFT', left_at = ? where id = ?",
                Timestamp.from(OffsetDateTime.parse("2004-10-01T09:00:00+08:00").toInstant()), left);
        move(guangzhou[0], "440100", "110000", "2004-06-01T09:00:00+08:00");
        move(guangzhou[1], "440100", "110000", "2004-07-01T09:00:00+08:00");
        move(guangzhou[2], "440100", "440300", "2004-08-01T09:00:00+08:00");
        move(beijing[0], "110000", "510100", "2004-12-31T23:30:00+08:00");
        move(chengdu, "510100", "510100", "2004-09-01T09:00:00+08:00");
        move(guangzhou[3], "440100", "310000", "2005-01-01T00:10:00+08:00");
        return this;
    }

    /**
     * December 2004 of the history's {@code registry.talents}, taken from the registry's own source as the monthly job
     * takes it: the country's, every province's and every city's. A month is taken once (the history is written
     * once), so a later call keeps the first one's values: the seeds are the same every time.
     */
    public static YearMonth december(SnapshotStore store, List<IndicatorSource> sources) {
        YearMonth december = YearMonth.of(YEAR, 12);
        IndicatorSource talents = sources.stream().filter(s -> s.code().equals("registry.talents")).findFirst()
                .orElseThrow();
        LocalDate end = december.atEndOfMonth();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("000000", talents.value(RegionScope.national(), end));
        values.putAll(talents.values(RegionScope.Level.PROVINCE, end));
        values.putAll(talents.values(RegionScope.Level.CITY, end));
        store.take(talents.code(), december, values, SnapshotStore.Kind.SNAPSHOT);
        return december;
    }

    public void remove() {
        for (Long id : talents) {
            jdbc.update("delete from talent_flow where talent_id = ?", id);
            jdbc.update("delete from talent where id = ?", id);
        }
    }

    private long talent(String region, String at) {
        Timestamp created = Timestamp.from(OffsetDateTime.parse(at).toInstant());
        String hash = marker + "-" + talents.size();
        long id = jdbc.queryForObject("""
                insert into talent (name, gender, identity_cipher, identity_hash, identity_masked, region_code,
                  province_code, status, source, created_at, updated_at)
                values (?, 'MALE', 'x', ?, '110***********0011', ?, ?, 'ACTIVE', 'IMPORT', ?, ?) returning id""",
                Long.class, marker + talents.size(), hash, region, region.substring(0, 2) + "0000", created, created);
        talents.add(id);
        return id;
    }

    private void move(long talent, String from, String to, String at) {
        jdbc.update("""
                insert into talent_flow (talent_id, moved_at, from_region_code, to_region_code, source)
                values (?, ?, ?, ?, 'MANUAL')""", talent, Timestamp.from(OffsetDateTime.parse(at).toInstant()), from,
                to);
        jdbc.update("update talent set region_code = ?, province_code = ? where id = ?", to,
                to.substring(0, 2) + "0000", talent);
    }
}
