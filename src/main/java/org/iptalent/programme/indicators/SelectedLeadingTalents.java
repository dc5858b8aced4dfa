package org.iptalent.programme.indicators;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code programme.selected-leading-talents}: the talents selected by a national talent programme (the national IP
 * leading talents, the high-level IP talents) on or before the day, by their region when selected. A talent selected
 * by both national programmes counts once. Provincial programmes do not count: the plan names the national ones.
 */
@Component
class SelectedLeadingTalents extends GroupedCount {

    private static final String STATEMENT = """
            select left(s.region_code, ?), count(distinct s.talent_id) from programme_selection s
            join talent_programme p on p.id = s.programme_id
            where p.level = 'NATIONAL' and s.selected_on <= ? and s.region_code like ?
            group by 1""";

    SelectedLeadingTalents(JdbcTemplate jdbc, IndicatorRegions regions) {
        super(jdbc, regions);
    }

    @Override
    protected String statement() {
        return STATEMENT;
    }

    @Override
    public String code() {
        return "programme.selected-leading-talents";
    }
}
