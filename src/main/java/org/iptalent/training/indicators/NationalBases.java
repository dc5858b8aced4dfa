package org.iptalent.training.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code training.national-bases}: the national training bases designated by the end of the day and not revoked by
 * then, by the base's region. The day's status is the last step of the base's status history on or before it (a
 * revocation is final, a probation or review keeps the base), so a base revoked since still counts for the days
 * before.
 */
@Component
class NationalBases extends GroupedSource {

    private final JdbcTemplate jdbc;

    NationalBases(IndicatorRegions regions, JdbcTemplate jdbc) {
        super(regions);
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "training.national-bases";
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.ITEMS;
    }

    @Override
    Map<String, BigDecimal> grouped(int length, String pattern, LocalDate day) {
        return counts(jdbc, """
                select left(b.region_code, ?), count(*) from training_base b
                where b.level = 'NATIONAL' and b.designated_on <= ? and b.region_code like ?
                  and (select c.to_status from training_base_status_change c
                       where c.training_base_id = b.id and c.changed_on <= ?
                       order by c.changed_on desc, c.id desc limit 1) <> 'REVOKED'
                group by 1
                """, length, day, pattern, day);
    }

    @Override
    BigDecimal none() {
        return BigDecimal.ZERO;
    }
}
