package org.iptalent.education.indicators;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code education.degree-programmes}: the IP degree programmes running at the end of the day, of every level, by
 * their university's region. A programme runs from 1 September of its first year, when its first cohort enrols.
 */
@Component
class RunningDegreeProgrammes extends GroupedCount {

    private static final String STATEMENT = """
            select left(region_code, ?), count(*) from degree_programme
            where make_date(first_year, 9, 1) <= ? and region_code like ?
            group by 1""";

    RunningDegreeProgrammes(JdbcTemplate jdbc, IndicatorRegions regions) {
        super(jdbc, regions);
    }

    @Override
    protected String statement() {
        return STATEMENT;
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.ITEMS;
    }

    @Override
    public String code() {
        return "education.degree-programmes";
    }
}
