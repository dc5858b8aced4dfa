package org.iptalent.expert.indicators;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code expert.trademark-examination-team}: the members of the trademark examination "expert" team at the end of
 * the day (joined by then, not left by then: one who left that day no longer counts), each expert once, by the
 * expert's region.
 */
@Component
class TrademarkExaminationTeam extends GroupedCount {

    TrademarkExaminationTeam(JdbcTemplate jdbc, IndicatorRegions regions) {
        super(jdbc, regions);
    }

    @Override
    public String code() {
        return "expert.trademark-examination-team";
    }

    @Override
    protected String statement() {
        return """
                select left(e.region_code, ?), count(distinct e.id) from (select ?::date as day) d
                cross join expert_team_member m join expert e on e.id = m.expert_id
                where m.team_code = 'TRADEMARK_EXAMINATION' and m.joined_on <= d.day
                  and (m.left_on is null or m.left_on > d.day) and e.region_code like ?
                group by 1""";
    }
}
