package org.iptalent.demand.indicators;

import java.util.regex.Pattern;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code demand.staff} and {@code demand.team.<TEAM>}: the IP staff employers need now (the horizon NOW) as the
 * latest survey known at the end of the day reported it, by the region where they are needed. A survey year is known
 * from the day its national round closed (a province closing its own round early would show the whole country a
 * year still being reported), or from its year's end when the national round has not closed (an import outside any
 * round): the creation time of a report says nothing, since an import or the
 * demo writes a whole year at once. So the value steps once a year, and a past day is reconstructed from the survey
 * years alone, which lets the history be backfilled and analytics forecast demand beside supply.
 */
class ReportedDemand extends GroupedCount {

    private static final Pattern TEAM = Pattern.compile("[A-Z][A-Z_]*");

    // parameters in GroupedCount's order: digits kept, the day, the region pattern
    private static final String STATEMENT = """
            with known as (
              select y.survey_year, coalesce(
                  (select r.closed_at::date from demand_round r
                   where r.year = y.survey_year and r.region_code = '000000' and r.state = 'CLOSED'),
                  make_date(y.survey_year, 12, 31)) as since
              from (select distinct survey_year from demand_report) y)
            select left(region_code, ?), sum(headcount) from demand_report
            where horizon = 'NOW'
              and survey_year = (select max(survey_year) from known where since <= ?)
              and region_code like ? %s
            group by 1""";

    private final String code;
    private final String statement;

    private ReportedDemand(JdbcTemplate jdbc, IndicatorRegions regions, String code, String statement) {
        super(jdbc, regions);
        this.code = code;
        this.statement = statement;
    }

    /** Every team's demand. */
    static ReportedDemand staff(JdbcTemplate jdbc, IndicatorRegions regions) {
        return new ReportedDemand(jdbc, regions, "demand.staff", STATEMENT.formatted(""));
    }

    /** One team's demand; the team is a reference code written into the statement, never input. */
    static ReportedDemand team(JdbcTemplate jdbc, IndicatorRegions regions, String team) {
        if (!TEAM.matcher(team).matches()) {
            throw new IllegalArgumentException("not a team code: " + team);
        }
        return new ReportedDemand(jdbc, regions, "demand.team." + team,
                STATEMENT.formatted("and team = '" + team + "'"));
    }

    @Override
    protected String statement() {
        return statement;
    }

    @Override
    public String code() {
        return code;
    }
}
