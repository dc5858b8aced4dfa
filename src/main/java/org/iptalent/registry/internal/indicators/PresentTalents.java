package org.iptalent.registry.internal.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The talents the registry counted at the end of a day, where they were then, for the statements of the registry's
 * indicator sources. A talent counts from its registration ({@code created_at}) until it left ({@code left_at});
 * a merged duplicate never counts (its survivor does). Its region that day is the one it moved away from at its
 * first move after the day ({@code talent_flow}), else its current one: one hash join with the moves since the day,
 * where a look-up per talent cost seconds.
 *
 * <p>A statement reads the talents registered by the day through the covering index {@code talent_presence} (V26: no
 * table page), counts them by region, and only then keeps the regions of the pattern: a {@code LIKE} with a bound
 * pattern ahead of the counting is estimated to keep 0.5 % of the rows, and the plans made for that (sorts spilling
 * to disk, loops over a million rows) cost seconds.
 */
@Component
class PresentTalents {

    /**
     * The common tables of the talents counted at {@code :end}, the end of the day, {@code present (id,
     * region_code)}; a statement adds its {@code counted (region_code, n)}, materialized, and ends with {@link
     * #BY_PREFIX}.
     */
    static final String PRESENT = """
            with moved as (
              select distinct on (f.talent_id) f.talent_id, f.from_region_code from talent_flow f
              where f.moved_at >= :end order by f.talent_id, f.moved_at, f.id),
            present as (
              select t.id, coalesce(m.from_region_code, t.region_code) region_code
              from talent t left join moved m on m.talent_id = t.id
              where t.merged_into_id is null and t.created_at < :end and (t.left_at is null or t.left_at >= :end)),
            """;

    /** The sums of {@code counted (region_code, n)} by the first {@code :length} digits of the regions of the pattern. */
    static final String BY_PREFIX = """
            select left(c.region_code, :length), sum(c.n) from counted c where c.region_code like :pattern group by 1
            """;

    /** The talents present. */
    static final String COUNT = PRESENT + """
            counted as materialized (select p.region_code, count(*) n from present p group by 1)
            """ + BY_PREFIX;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PresentTalents(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Runs a statement over {@link #PRESENT} with its parameters: {@code :end} (the end of the day in the platform's
     * time zone), {@code :day}, {@code :length} (how many digits of a region its groups keep: 0 for one total, 2 by
     * province, 4 by city), {@code :pattern} (the region's {@code LIKE} pattern) and the statement's own.
     */
    void query(String statement, int length, String pattern, LocalDate day, Map<String, ?> own,
            RowCallbackHandler rows) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(own)
                .addValue("end", day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .addValue("day", day).addValue("length", length).addValue("pattern", pattern);
        jdbc.query(statement, parameters, rows);
    }

    /** A counting statement's counts by region prefix ("" for the single total of length 0). */
    Map<String, Long> counts(String statement, int length, String pattern, LocalDate day) {
        Map<String, Long> counts = new HashMap<>();
        query(statement, length, pattern, day, Map.of(), rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
