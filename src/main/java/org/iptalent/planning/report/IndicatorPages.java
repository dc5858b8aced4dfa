package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.plan.RegionChoice;
import org.iptalent.planning.progress.IndicatorReading;
import org.iptalent.planning.progress.IndicatorReadings;
import org.iptalent.planning.progress.Projection;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an indicator's page shows, read in one transaction: its definition, its reading for a region (the user's
 * own, or one the national office picks), the monthly history with each month's rows where a correction lies on top,
 * and for a reported indicator its reported values and whether the user may submit one.
 */
@Service
public class IndicatorPages {

    /** A month of the history: its value, and the rows beneath when it was corrected (the latest first). */
    public record HistoryLine(YearMonth month, BigDecimal value, List<MonthRow> rows) {

        public boolean corrected() {
            return !rows.isEmpty() && "CORRECTION".equals(rows.get(0).kind());
        }
    }

    public record IndicatorPage(Plan plan, Indicator indicator, String regionCode, String regionName,
            IndicatorReading reading, List<HistoryLine> history, Page<ReportedValueView> reported, boolean national,
            boolean maySubmit, List<Division> provinces) {

        public boolean reportedKind() {
            return indicator.getSourceKind() == Indicator.SourceKind.REPORTED;
        }

        public boolean open() {
            return plan.getStatus() != Plan.Status.CLOSED;
        }
    }

    private final PlanRecords plans;
    private final IndicatorReadings readings;
    private final ReportedValues reportedValues;
    private final SnapshotCorrections corrections;
    private final ReferenceData reference;
    private final RegionChoice regionChoice;

    IndicatorPages(PlanRecords plans, IndicatorReadings readings, ReportedValues reportedValues,
            SnapshotCorrections corrections, ReferenceData reference, RegionChoice regionChoice) {
        this.plans = plans;
        this.readings = readings;
        this.reportedValues = reportedValues;
        this.corrections = corrections;
        this.reference = reference;
        this.regionChoice = regionChoice;
    }

    @Transactional(readOnly = true)
    public IndicatorPage of(long planId, String code, String regionAsked, Pageable reportedPage, Locale locale) {
        CurrentUser user = CurrentUser.require();
        String region = regionChoice.of(regionAsked);
        Plan plan = plans.get(planId);
        Indicator indicator = plan.find(code).orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, code));
        IndicatorReading reading = readings.read(plan, region).stream()
                .filter(r -> r.indicator().getCode().equals(code)).findFirst().orElseThrow();
        boolean national = user.has(Role.NATIONAL_ADMIN);
        boolean reported = indicator.getSourceKind() == Indicator.SourceKind.REPORTED;
        Page<ReportedValueView> values = reported ? reportedValues.list(planId, code, reportedPage, locale)
                : Page.empty(reportedPage);
        boolean maySubmit = reported && plan.getStatus() != Plan.Status.CLOSED
                && (national || user.has(Role.PROVINCIAL_ADMIN) && user.scope().level() == RegionScope.Level.PROVINCE);
        List<Division> provinces = national ? reference.provinces().stream().filter(Division::isMainland).toList()
                : List.of();
        String regionName = PlanRegions.NATIONAL.equals(region) ? null : reference.regionName(region, locale);
        return new IndicatorPage(plan, indicator, region, regionName, reading, history(indicator, region, reading),
                values, national, maySubmit, provinces);
    }

    /** The reading's months, newest first, each with the rows of its month when one of them is a correction. */
    private List<HistoryLine> history(Indicator indicator, String region, IndicatorReading reading) {
        List<Projection.Point> points = reading.history();
        Map<YearMonth, List<MonthRow>> rows = new LinkedHashMap<>();
        if (!points.isEmpty() && indicator.getSourceKind() == Indicator.SourceKind.COMPUTED) {
            for (MonthRow row : corrections.rows(indicator, region, points.get(0).month(),
                    points.get(points.size() - 1).month())) {
                rows.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row);
            }
        }
        List<HistoryLine> lines = new ArrayList<>(points.size());
        for (int i = points.size() - 1; i >= 0; i--) {
            Projection.Point point = points.get(i);
            List<MonthRow> monthRows = rows.getOrDefault(point.month(), List.of());
            boolean corrected = monthRows.stream().anyMatch(r -> "CORRECTION".equals(r.kind()));
            lines.add(new HistoryLine(point.month(), point.value(), corrected ? monthRows : List.of()));
        }
        return lines;
    }

}
