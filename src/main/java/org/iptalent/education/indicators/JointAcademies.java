package org.iptalent.education.indicators;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code education.joint-academies}: the IP academies and research institutes built jointly by central and local
 * governments founded on or before the day, by their region (the plan's target: 5).
 */
@Component
class JointAcademies extends GroupedCount {

    private static final String STATEMENT = """
            select left(region_code, ?), count(*) from ip_academy
            where founded_on <= ? and region_code like ?
            group by 1""";

    JointAcademies(JdbcTemplate jdbc, IndicatorRegions regions) {
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
        return "education.joint-academies";
    }
}
