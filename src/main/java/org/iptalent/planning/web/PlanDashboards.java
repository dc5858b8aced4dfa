package org.iptalent.planning.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.progress.IndicatorReading;
import org.iptalent.planning.progress.IndicatorReadings;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/** The dashboard of a plan for the user's own region: the country for the national office, else its province or city. */
@Component
class PlanDashboards {

    /** One indicator's line with its drawings: the sparkline and the progress bar's width (0 to 100). */
    public record Line(IndicatorReading reading, Sparkline sparkline, String bar) {
    }

    public record Dashboard(Plan plan, String regionCode, String regionName, List<Line> lines, Instant asOf) {

        public long count(String status) {
            return lines.stream().filter(l -> l.reading().status().name().equals(status)).count();
        }
    }

    private final PlanRecords plans;
    private final IndicatorReadings readings;
    private final ReferenceData reference;

    PlanDashboards(PlanRecords plans, IndicatorReadings readings, ReferenceData reference) {
        this.plans = plans;
        this.readings = readings;
        this.reference = reference;
    }

    /** The user's own region: the country, a province or a city; a user with no business region has none. */
    static String regionOf(CurrentUser user) {
        RegionScope scope = user.scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("planning.dashboard.noRegion");
        }
        return PlanRegions.code(scope);
    }

    Dashboard of(Plan plan, String regionCode, Locale locale) {
        List<Line> lines = readings.read(plan, regionCode).stream()
                .map(r -> new Line(r, Sparkline.of(r), PlanFigures.widthOf(r.progress()))).toList();
        Instant asOf = lines.stream().map(l -> l.reading().asOf()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        String name = PlanRegions.NATIONAL.equals(regionCode) ? null : reference.regionName(regionCode, locale);
        return new Dashboard(plan, regionCode, name, lines, asOf);
    }

    Dashboard forUser(CurrentUser user, Long planId, Locale locale) {
        return of(plans.getOrCurrent(planId), regionOf(user), locale);
    }
}
