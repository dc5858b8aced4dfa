package org.iptalent.training.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code training.publicity-staff-trained}: the talents of the category BASIC_PUBLICITY (by their categories now)
 * who completed a class on or before the day, each person once: in the region of the first class they completed
 * (the trainee's region when enrolled), so the provinces add up to the country. A merged duplicate does not count:
 * its survivor holds its completed classes. A talent who has left the registry since still was trained.
 */
@Component
class PublicityStaffTrained extends GroupedSource {

    private final JdbcTemplate jdbc;

    PublicityStaffTrained(IndicatorRegions regions, JdbcTemplate jdbc) {
        super(regions);
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "training.publicity-staff-trained";
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.PERSONS;
    }

    @Override
    Map<String, BigDecimal> grouped(int length, String pattern, LocalDate day) {
        // from the category's talents (the registry's index of categories) to each one's first completion (V26's
        // index of completions by talent): a few index look-ups a talent, where joining all completions read millions
        return counts(jdbc, """
                select left(f.region_code, ?), count(*) from (
                  select e.region_code from talent_category c
                  cross join lateral (select e.region_code from enrollment e
                                      where e.talent_id = c.talent_id and e.status = 'COMPLETED' and e.completed_on <= ?
                                      order by e.completed_on, e.region_code limit 1) e
                  where c.category = 'BASIC_PUBLICITY'
                    and c.talent_id not in (select d.id from talent d where d.merged_into_id is not null)) f
                where f.region_code like ?
                group by 1
                """, length, day, pattern);
    }

    @Override
    BigDecimal none() {
        return BigDecimal.ZERO;
    }
}
