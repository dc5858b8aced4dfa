package org.iptalent.planning.target;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.plan.SourceCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every region's value of one indicator in the indicator's unit, from what is precomputed only: a computed source's
 * "now" values (or, for a plan whose period is over, the history's month its period ended with, or a published
 * month), a reported indicator's latest approved value up to then. Two statements at most, whatever the registry's
 * size.
 */
@Component
public class RegionValues {

    /**
     * The values by region code ('000000' the country), the month they are of (null: now, computed at
     * {@code computedAt}), and whether the indicator has a source yet.
     */
    public record Values(Map<String, BigDecimal> byRegion, YearMonth month, Instant computedAt, boolean sourceThere) {
    }

    private final SnapshotStore store;
    private final SourceCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegionValues(SnapshotStore store, SourceCatalogue catalogue, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Now, or the last month of a plan whose period is over (as the dashboard reads a closed plan). */
    public Values of(Indicator indicator, Plan plan) {
        YearMonth now = YearMonth.now(clock);
        boolean over = plan.getStatus() == Plan.Status.CLOSED || now.getYear() > plan.getEndsYear();
        if (over) {
            return ofMonth(indicator, YearMonth.of(plan.getEndsYear(), 12));
        }
        if (indicator.getSourceKind() == Indicator.SourceKind.REPORTED) {
            return new Values(reported(indicator.getId(), now), null, null, true);
        }
        String source = indicator.getSourceCode();
        Map<String, BigDecimal> values = converted(indicator, store.currentRegions(source));
        SnapshotStore.Current national = store.currents(List.of(source), PlanRegions.NATIONAL).get(source);
        return new Values(values, null, national == null ? null : national.computedAt(),
                catalogue.find(source).isPresent());
    }

    /** The values of a month as the history has them (corrections applied). */
    public Values ofMonth(Indicator indicator, YearMonth month) {
        if (indicator.getSourceKind() == Indicator.SourceKind.REPORTED) {
            return new Values(reported(indicator.getId(), month), month, null, true);
        }
        String source = indicator.getSourceCode();
        return new Values(converted(indicator, store.regions(source, month)), month, null,
                catalogue.find(source).isPresent());
    }

    private static Map<String, BigDecimal> converted(Indicator indicator, Map<String, BigDecimal> base) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        base.forEach((region, value) -> {
            if (value != null) {
                values.put(region, indicator.getUnit().fromBase(value));
            }
        });
        return values;
    }

    /** Each region's latest approved value as of the end of a month (reported in the indicator's unit). */
    private Map<String, BigDecimal> reported(long indicatorId, YearMonth month) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.query("""
                select distinct on (region_code) region_code, value from reported_value
                where indicator_id = ? and state = 'APPROVED' and as_of <= ?
                order by region_code, as_of desc, decided_at desc, id desc""",
                rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }, indicatorId, Date.valueOf(month.atEndOfMonth()));
        return values;
    }
}
