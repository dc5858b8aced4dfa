package org.iptalent.demand;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The demand reported, as counts for analytics (the supply-versus-demand map, forecasts, the annual report): no
 * employer is named. Not region-scoped: the caller decides what its user may see of the country's figures.
 */
@Service
public class DemandFigures {

    /**
     * The staff needed in one place (a province, and its city when the report named one; null when it named only
     * the province), team, category and industry.
     */
    public record DemandCell(String provinceCode, String cityCode, String team, String category, String industryCode,
            long count) {
    }

    private final JdbcTemplate jdbc;

    DemandFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every cell of a survey year's demand at one horizon, grouped by province, city, team, category and industry;
     * read from the covering index {@code demand_report_aggregate} alone.
     */
    public List<DemandCell> grouped(int year, DemandHorizon horizon) {
        return jdbc.query("""
                select province_code, city_code, team, category, industry_code, sum(headcount)
                from demand_report where survey_year = ? and horizon = ?
                group by province_code, city_code, team, category, industry_code
                order by province_code, city_code nulls first, team, category, industry_code""",
                (rs, n) -> new DemandCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)), year, horizon.name());
    }

    /** The survey years with any demand reported, latest first. */
    public List<Integer> years() {
        return jdbc.queryForList("select distinct survey_year from demand_report order by 1 desc", Integer.class);
    }
}
