package org.iptalent.analytics.forecast.web;

import java.util.List;
import java.util.Locale;

import org.iptalent.analytics.forecast.ForecastView;
import org.iptalent.analytics.forecast.Forecasts;
import org.iptalent.analytics.forecast.TooLittleHistoryException;
import org.iptalent.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast page: pick a region and a team, see the history and the forecast with its interval band, the method,
 * its parameters and its backtest in words, or why there is no forecast.
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

    @GetMapping("/analytics/forecasts")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String team,
            @RequestParam(defaultValue = "3") int horizon, Locale locale, Model model) {
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
        try {
            ForecastView view = forecasts.forecast(chosen, team, years);
            model.addAttribute("forecast", view);
            model.addAttribute("chart", JSON.writeValueAsString(chart(view, locale)));
        } catch (TooLittleHistoryException e) {
            model.addAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "analytics/forecasts";
    }

    private String name(String code, Locale locale) {
        return Forecasts.NATIONAL.equals(code) ? messages.getMessage("analytics.forecast.national", null, locale)
                : reference.regionName(code, locale);
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
