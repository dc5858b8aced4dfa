package org.iptalent.planning.plan;

import java.util.List;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.PlanTargets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The plan of a year and its indicators in one statement; a plan still drafted counts for no year. */
@Component
class JdbcPlanTargets implements PlanTargets {

    private final JdbcTemplate jdbc;

    JdbcPlanTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Target> ofYear(int year) {
        return jdbc.query("""
                with chosen as (
                  select id, name_zh, name_en from plan
                  where status <> 'DRAFT' and not demonstration and ? between starts_year and ends_year
                  order by starts_year desc, id desc limit 1)
                select c.name_zh, c.name_en, i.code, i.name_zh, i.name_en, i.unit, i.target, i.target_year,
                  i.direction, i.source_code
                from chosen c join indicator i on i.plan_id = c.id
                order by (i.kind = 'MAIN') desc, i.position, i.id""",
                (rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), IndicatorUnit.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getInt(8),
                        rs.getString(9), rs.getString(10)), year);
    }
}
