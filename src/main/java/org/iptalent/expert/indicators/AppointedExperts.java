package org.iptalent.expert.indicators;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code expert.appointed-experts}: the experts whose term covers the day and who were not expired or removed by
 * its end (the last of their appointment, renewal, expiry and removal on the credit record by then, Beijing time),
 * by the expert's region. A suspended expert is still appointed. A renewal replaces the term, so the days of a term
 * before an expiry and renewal are no longer counted: the figure for such a past day is a lower bound.
 */
@Component
class AppointedExperts extends GroupedCount {

    AppointedExperts(JdbcTemplate jdbc, IndicatorRegions regions) {
        super(jdbc, regions);
    }

    @Override
    public String code() {
        return "expert.appointed-experts";
    }

    @Override
    protected String statement() {
        return appointed("");
    }

    /** The statement counting the experts appointed at the end of the day, narrowed by a condition on {@code e}. */
    static String appointed(String condition) {
        return """
                select left(e.region_code, ?), count(*) from (select ?::date as day) d
                cross join expert e
                where e.term_starts_on <= d.day and e.term_ends_on >= d.day and e.region_code like ?
                  and coalesce((select c.kind from expert_credit c
                                where c.expert_id = e.id and c.kind in ('APPOINTED', 'RENEWED', 'EXPIRED', 'REMOVED')
                                  and c.recorded_at < (d.day + 1)::timestamp at time zone 'Asia/Shanghai'
                                order by c.recorded_at desc, c.id desc limit 1), 'APPOINTED')
                      not in ('EXPIRED', 'REMOVED')
                  %s
                group by 1""".formatted(condition);
    }
}
