package org.iptalent.analytics.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.iptalent.platform.forecast.Backtest;
import org.iptalent.platform.forecast.DampedTrend;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Forecasts of a region's supply of talents and demand for staff by team, for the administrations whose region it
 * is: damped-trend exponential smoothing ({@link DampedTrend}) of each monthly history, with its parameters, intervals
 * and rolling-origin backtest, and the projected gap between the two. Any monthly series can be forecast
 * ({@link #forecast(MonthlySeries, int)}).
 */
@Service
public class Forecasts {

    /** Two years: fewer months cannot show a trend apart from a season, nor leave a backtest anything to test. */
    public static final int MINIMUM_MONTHS = 24;
    public static final int MAX_YEARS = 5;
    public static final String NATIONAL = "000000";
    static final String METHOD = "ETS(A,Ad,N)";
    static final int BACKTEST_ORIGINS = 12;
    static final int BACKTEST_HORIZON = 12;
    static final String SCALE = "in-sample one-step naive MAE";

    private final MonthlyHistory history;
    private final ReferenceData reference;

    Forecasts(MonthlyHistory history, ReferenceData reference) {
        this.history = history;
        this.reference = reference;
    }

    /** One region's forecast of the supply for one team (null: every team) over 1 to 5 years. */
    public ForecastView forecast(String regionCode, String team, int years) {
        return forecast(regionCode, team, years, Measure.SUPPLY);
    }

    /** One region's forecast of a measure for one team (null: every team) over 1 to 5 years. */
    public ForecastView forecast(String regionCode, String team, int years, Measure measure) {
        return fitted(regionCode, team, years, measure).view();
    }

    private Fitted fitted(String regionCode, String team, int years, Measure measure) {
        checkYears(years);
        String region = region(regionCode);
        String teamCode = team(team);
        MonthlySeries series = history.series(measure, region, teamCode)
                .orElseThrow(() -> new TooLittleHistoryException(0, MINIMUM_MONTHS));
        return fitted(region, teamCode, measure, series, years * 12);
    }

    /**
     * The projected gap of one region and team: demand less supply in each month ahead, both forecast from their own
     * history; a positive gap is a shortage. Too little history of either is refused like a forecast.
     */
    public GapView gap(String regionCode, String team, int years) {
        Fitted supply = fitted(regionCode, team, years, Measure.SUPPLY);
        Fitted demand = fitted(regionCode, team, years, Measure.DEMAND);
        // from the month after the later history's end, so that each month ahead is a forecast of both
        YearMonth from = supply.last().isAfter(demand.last()) ? supply.last() : demand.last();
        List<GapView.Point> points = new ArrayList<>(years * 12);
        for (int i = 1; i <= years * 12; i++) {
            YearMonth month = from.plusMonths(i);
            int hs = (int) supply.last().until(month, java.time.temporal.ChronoUnit.MONTHS);
            int hd = (int) demand.last().until(month, java.time.temporal.ChronoUnit.MONTHS);
            double s = supply.fit().mean(hs);
            double d = demand.fit().mean(hd);
            // the two forecasts' errors taken as independent: the variances add
            double sd = Math.sqrt(supply.fit().variance(hs) + demand.fit().variance(hd));
            double gap = d - s;
            points.add(new GapView.Point(month.toString(), count(s), count(d), round(gap, 1),
                    round(gap - DampedTrend.Z80 * sd, 1), round(gap + DampedTrend.Z80 * sd, 1),
                    round(gap - DampedTrend.Z95 * sd, 1), round(gap + DampedTrend.Z95 * sd, 1)));
        }
        return new GapView(supply.view().region(), supply.view().team(), supply.view(), demand.view(), points);
    }

    /** A forecast with the model it came from, for sums of forecasts that need the unrounded means and variances. */
    private record Fitted(ForecastView view, DampedTrend.Fit fit, YearMonth last) {
    }

    /**
     * Every province's forecast for every team in the user's scope (one statement per province): the national
     * office's table. A region and team with too little history has no forecast, and says so.
     */
    public List<Summary> all(int years) {
        return all(years, Measure.SUPPLY);
    }

    /** {@link #all(int)} for a measure. */
    public List<Summary> all(int years, Measure measure) {
        checkYears(years);
        RegionScope scope = scope();
        List<String> provinces = reference.provinces().stream().filter(Division::isMainland).map(Division::code)
                .filter(scope::includes).toList();
        if (provinces.isEmpty() && scope.regionCode() != null) {
            provinces = List.of(scope.regionCode());
        }
        List<String> teams = teams().stream().map(Term::code).toList();
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        teams.forEach(t -> sources.put(measure.source(t), t));
        List<Pending> pending = new ArrayList<>(provinces.size() * teams.size());
        for (String province : provinces) {
            Map<String, List<SnapshotStore.Point>> histories = history.histories(sources.keySet(), province);
            sources.forEach((source, team) -> pending.add(new Pending(province, team, measure,
                    history.series(measure, histories.getOrDefault(source, List.of())).orElse(null), years * 12)));
        }
        // the forecasts are independent: both cores of a small server at once
        return pending.parallelStream().map(Pending::summary).sorted(Comparator.comparing(Summary::region)
                .thenComparing(s -> teams.indexOf(s.team()))).toList();
    }

    /**
     * One row of {@link #all}: the months of history, the last month's value, and the forecast at the horizon with
     * the backtest's MASE; no forecast (null) with too little history.
     */
    public record Summary(String region, String team, int months, Double last, ForecastView.Point atHorizon,
            Double mase) {
    }

    private record Pending(String region, String team, Measure measure, MonthlySeries series, int horizon) {

        Summary summary() {
            if (series == null) {
                return new Summary(region, team, 0, null, null, null);
            }
            Double last = series.values().get(series.months() - 1);
            if (series.months() < MINIMUM_MONTHS) {
                return new Summary(region, team, series.months(), last, null, null);
            }
            ForecastView view = view(region, team, measure, series, horizon);
            return new Summary(region, team, series.months(), last, view.last(),
                    view.backtest() == null ? null : view.backtest().mase());
        }
    }

    /** The forecast of any monthly series (counts: never below zero) {@code months} ahead; too short a series refused. */
    public static ForecastView forecast(MonthlySeries series, int months) {
        return view(null, null, null, series, months);
    }

    static ForecastView view(String region, String team, Measure measure, MonthlySeries series, int months) {
        return fitted(region, team, measure, series, months).view();
    }

    private static Fitted fitted(String region, String team, Measure measure, MonthlySeries series, int months) {
        if (series.months() < MINIMUM_MONTHS) {
            throw new TooLittleHistoryException(series.months(), MINIMUM_MONTHS);
        }
        double[] y = series.array();
        DampedTrend.Fit fit = DampedTrend.fit(y);
        DampedTrend.Parameters p = fit.parameters();
        ForecastView.Backtest backtest = Backtest.mase(y, BACKTEST_ORIGINS, BACKTEST_HORIZON)
                .map(r -> new ForecastView.Backtest(round(r.mase(), 3), r.origins(), BACKTEST_HORIZON, r.forecasts(),
                        SCALE)).orElse(null);
        List<ForecastView.MonthValue> used = new ArrayList<>(y.length);
        for (int i = 0; i < y.length; i++) {
            used.add(new ForecastView.MonthValue(series.first().plusMonths(i).toString(), y[i]));
        }
        YearMonth last = series.last();
        List<ForecastView.Point> points = fit.forecast(months).stream().map(s -> new ForecastView.Point(
                last.plusMonths(s.h()).toString(), count(s.mean()), count(s.low80()), count(s.high80()),
                count(s.low95()), count(s.high95()))).toList();
        ForecastView view = new ForecastView(region, team, measure, measure == null ? null : measure.source(team),
                METHOD, new ForecastView.Parameters(round(p.alpha(), 4), round(p.beta(), 4), round(p.phi(), 4),
                        round(p.level(), 2), round(p.trend(), 3), round(Math.sqrt(fit.sigma2()), 2)),
                backtest, used, points);
        return new Fitted(view, fit, last);
    }

    /** The teams of the plan, in the reference's order. */
    public List<Term> teams() {
        return reference.terms(TaxonomyKind.TEAM);
    }

    /** The regions the user may forecast: the country for the national office, else its own region and its cities. */
    public List<String> regions() {
        RegionScope scope = scope();
        List<String> regions = new ArrayList<>();
        if (scope.isNational()) {
            regions.add(NATIONAL);
            reference.provinces().stream().filter(Division::isMainland).forEach(d -> regions.add(d.code()));
        } else {
            regions.add(scope.regionCode());
            if (scope.level() == RegionScope.Level.PROVINCE) {
                reference.citiesOf(scope.regionCode()).forEach(d -> regions.add(d.code()));
            }
        }
        return regions;
    }

    /** The user's region when none is asked; another's, or an unknown code, is not found. */
    String region(String code) {
        RegionScope scope = scope();
        if (code == null || code.isBlank()) {
            return scope.isNational() ? NATIONAL : scope.regionCode();
        }
        String region = code.trim();
        if (NATIONAL.equals(region) ? !scope.isNational()
                : reference.division(region).isEmpty() || !scope.includes(region)) {
            throw new RecordNotFoundException("Region", region);
        }
        return region;
    }

    private String team(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String team = code.trim();
        reference.checkTerm("team", TaxonomyKind.TEAM, team).ifPresent(problem -> {
            throw new org.iptalent.shared.InvalidInputException(List.of(problem));
        });
        return team;
    }

    private static void checkYears(int years) {
        if (years < 1 || years > MAX_YEARS) {
            throw new BusinessRuleException("horizon", "analytics.forecast.horizonRange", String.valueOf(MAX_YEARS));
        }
    }

    /** Administrators with a region; nobody else reads the registry's figures by region. */
    private static RegionScope scope() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN) && !user.has(Role.PROVINCIAL_ADMIN) && !user.has(Role.CITY_ADMIN)
                || user.scope().isNothing()) {
            throw new AccessDeniedException("analytics.forecast.forbidden");
        }
        return user.scope();
    }

    private static double round(double value, int digits) {
        return java.math.BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static double count(double value) {
        return round(Math.max(0, value), 1);
    }
}
