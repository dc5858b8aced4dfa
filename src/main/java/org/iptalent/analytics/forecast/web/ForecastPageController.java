package org.iptalent.analytics.forecast.web;

import java.util.List;
import java.util.Locale;

import org.iptalent.analytics.forecast.ForecastView;
import org.iptalent.analytics.forecast.Forecasts;
import org.iptalent.analytics.forecast.GapView;
import org.iptalent.analytics.forecast.Measure;
import org.iptalent.analytics.forecast.TooLittleHistoryException;
import org.iptalent.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast page: pick a region, a team and what to forecast (the supply, the demand, or the gap between them), see
 * the history and the forecast with its interval band, the method, its parameters and its backtest in words, or why
 * there is no forecast.
 */
@Controller
class ForecastPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Forecasts forecasts;
    private final ReferenceData reference;
    private final MessageSource messages;

    ForecastPageController(Forecasts forecasts, ReferenceData reference, MessageSource messages) {
        this.forecasts = forecasts;
        this.reference = reference;
        this.messages = messages;
    }

    /** A region to pick, by code and name. */
    public record RegionOption(String code, String name) {
    }

    /** What the chart draws: months, history, forecast and the 80 % and 95 % bands, with the series' names. */
    record Chart(List<String> months, List<Double> history, List<Double> forecast, List<Double> low80,
            List<Double> high80, List<Double> low95, List<Double> high95, List<String> names) {
    }

    /** What the gap's chart draws: months, each measure's history and forecast, with the series' names. */
    record GapChart(List<String> months, List<Double> supply, List<Double> demand, List<Double> supplyForecast,
            List<Double> demandForecast, List<String> names) {
    }

    /** The page's choices of what to forecast: a measure, or the gap between the two. */
    static final List<String> VIEWS = List.of("SUPPLY", "DEMAND", "GAP");

    @GetMapping("/analytics/forecasts")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String team,
            @RequestParam(defaultValue = "3") int horizon, @RequestParam(defaultValue = "SUPPLY") String view,
            Locale locale, Model model) {
        String shown = VIEWS.contains(view) ? view : "SUPPLY";
        model.addAttribute("views", VIEWS);
        model.addAttribute("view", shown);
        int years = Math.max(1, Math.min(Forecasts.MAX_YEARS, horizon));
        List<RegionOption> regions = forecasts.regions().stream().map(code -> new RegionOption(code,
                name(code, locale))).toList();
        model.addAttribute("regions", regions);
        model.addAttribute("teams", forecasts.teams());
        model.addAttribute("horizon", years);
        model.addAttribute("team", team == null || team.isBlank() ? null : team.trim());
        // a region from the address bar that is not the user's is no choice: their own instead
        String chosen = region != null && regions.stream().anyMatch(r -> r.code().equals(region.trim()))
                ? region.trim() : regions.get(0).code();
        model.addAttribute("region", chosen);
        model.addAttribute("regionName", name(chosen, locale));
        if (!VIEWS.contains(view)) {
            // a view from the address bar the page does not offer: said in words, naming the choices, no chart
            model.addAttribute("refusal", messages.getMessage("analytics.forecast.viewUnknown",
                    new Object[] {view}, locale));
            return "analytics/forecasts";
        }
        try {
            if ("GAP".equals(shown)) {
                GapView gap = forecasts.gap(chosen, team, years);
                model.addAttribute("gap", gap);
                model.addAttribute("gapChart", JSON.writeValueAsString(gapChart(gap, locale)));
            } else {
                ForecastView forecast = forecasts.forecast(chosen, team, years, Measure.of("view", shown));
                model.addAttribute("forecast", forecast);
                model.addAttribute("chart", JSON.writeValueAsString(chart(forecast, locale)));
            }
        } catch (TooLittleHistoryException e) {
            model.addAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (org.iptalent.shared.BusinessRuleException e) {
            if (e instanceof org.iptalent.shared.AccessDeniedException) {
                throw e;
            }
            // a team from the address bar that the reference does not know: said in words, no chart
            model.addAttribute("refusal", org.iptalent.platform.web.Refusal.of(e).stream()
                    .map(r -> messages.getMessage(r.messageKey(), r.arguments().toArray(), locale))
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        return "analytics/forecasts";
    }

    private String name(String code, Locale locale) {
        return Forecasts.NATIONAL.equals(code) ? messages.getMessage("analytics.forecast.national", null, locale)
                : reference.regionName(code, locale);
    }

    /** Both histories over the months either has, then both forecasts from the month after the later one's end. */
    private GapChart gapChart(GapView gap, Locale locale) {
        java.util.TreeMap<String, Double[]> byMonth = new java.util.TreeMap<>();
        gap.supply().history().forEach(v -> byMonth.computeIfAbsent(v.month(), m -> new Double[4])[0] = v.value());
        gap.demand().history().forEach(v -> byMonth.computeIfAbsent(v.month(), m -> new Double[4])[1] = v.value());
        // the dashed forecasts start at each history's last month so the lines meet
        byMonth.get(gap.supply().lastMonth())[2] = byMonth.get(gap.supply().lastMonth())[0];
        byMonth.get(gap.demand().lastMonth())[3] = byMonth.get(gap.demand().lastMonth())[1];
        for (GapView.Point p : gap.points()) {
            Double[] values = byMonth.computeIfAbsent(p.month(), m -> new Double[4]);
            values[2] = p.supply();
            values[3] = p.demand();
        }
        List<String> months = new java.util.ArrayList<>(byMonth.keySet());
        // ArrayList, not toList(): the months without a value are nulls, which the chart leaves as gaps
        List<List<Double>> columns = java.util.stream.IntStream.range(0, 4).<List<Double>>mapToObj(i -> byMonth
                .values().stream().map(v -> v[i]).collect(java.util.stream.Collectors.toCollection(
                        java.util.ArrayList::new))).toList();
        List<String> names = List.of("supply", "demand", "supplyForecast", "demandForecast").stream()
                .map(key -> messages.getMessage("analytics.forecast.gapChart." + key, null, locale)).toList();
        return new GapChart(months, columns.get(0), columns.get(1), columns.get(2), columns.get(3), names);
    }

    private Chart chart(ForecastView view, Locale locale) {
        List<String> months = new java.util.ArrayList<>();
        List<Double> history = new java.util.ArrayList<>();
        List<Double> forecast = new java.util.ArrayList<>();
        List<Double> low80 = new java.util.ArrayList<>();
        List<Double> high80 = new java.util.ArrayList<>();
        List<Double> low95 = new java.util.ArrayList<>();
        List<Double> high95 = new java.util.ArrayList<>();
        for (ForecastView.MonthValue v : view.history()) {
            months.add(v.month());
            history.add(v.value());
            forecast.add(null);
            low80.add(null);
            high80.add(null);
            low95.add(null);
            high95.add(null);
        }
        // the forecast line starts at the last month of history so the two lines meet
        int last = history.size() - 1;
        forecast.set(last, history.get(last));
        for (ForecastView.Point p : view.points()) {
            months.add(p.month());
            history.add(null);
            forecast.add(p.value());
            low80.add(p.low80());
            high80.add(p.high80());
            low95.add(p.low95());
            high95.add(p.high95());
        }
        List<String> names = List.of("history", "forecast", "interval80", "interval95").stream()
                .map(key -> messages.getMessage("analytics.forecast.chart." + key, null, locale)).toList();
        return new Chart(months, history, forecast, low80, high80, low95, high95, names);
    }
}
