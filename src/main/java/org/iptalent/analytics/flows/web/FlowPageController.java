package org.iptalent.analytics.flows.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.analytics.flows.Concentration;
import org.iptalent.analytics.flows.FlowLevel;
import org.iptalent.analytics.flows.FlowYear;
import org.iptalent.analytics.flows.TalentConcentration;
import org.iptalent.analytics.flows.TalentFlows;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The talent flows page: a year's lines on a map of China with the table of inflow, outflow, net inflow and new
 * talents, a province's cities below, and (for the national office) the concentration in Beijing, Shanghai and the
 * Greater Bay Area as its own tab.
 */
@Controller
class FlowPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TalentFlows flows;
    private final TalentConcentration concentrations;
    private final ReferenceData reference;
    private final MessageSource messages;

    FlowPageController(TalentFlows flows, TalentConcentration concentrations, ReferenceData reference,
            MessageSource messages) {
        this.flows = flows;
        this.concentrations = concentrations;
        this.reference = reference;
        this.messages = messages;
    }

    /** A row of a table, its region named in the reader's language. */
    public record NamedRow(String code, String name, long inflow, long outflow, long net, long newTalents) {
    }

    /** A line, its ends named. */
    public record NamedLine(String from, String to, String fromName, String toName, long talents) {
    }

    /** A region to pick. */
    public record RegionOption(String code, String name) {
    }

    /** One year of the concentration table, each list in the areas' order (a value the history lacks: null). */
    public record ConcentrationRow(String year, String month, long country, List<Long> talents, List<Double> shares,
            List<Long> net) {
    }

    @GetMapping("/analytics/flows")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "map") String view, Locale locale, Model model) {
        RegionScope scope = CurrentUser.require().scope();
        FlowLevel level = flows.defaultLevel();
        int current = flows.currentYear();
        int chosen = current;
        if (year != null && !year.isBlank()) {
            try {
                chosen = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                chosen = -1;
            }
            // the service's own check, said in words on the page, and this year's flows instead
            if (chosen < TalentFlows.FIRST_YEAR || chosen > current) {
                model.addAttribute("refusal", messages.getMessage("analytics.flows.yearRange",
                        new Object[] {String.valueOf(TalentFlows.FIRST_YEAR), String.valueOf(current)}, locale));
                chosen = current;
            }
        }
        boolean national = scope.isNational();
        boolean concentration = national && "concentration".equals(view);
        model.addAttribute("national", national);
        model.addAttribute("view", concentration ? "concentration" : "map");
        model.addAttribute("scopeText", messages.getMessage("analytics.flows.scope." + (national ? "national"
                : scope.level() == RegionScope.Level.PROVINCE ? "province" : "city"), null, locale));
        List<String> years = new ArrayList<>();
        for (int y = current; y >= TalentFlows.FIRST_YEAR; y--) {
            years.add(String.valueOf(y));
        }
        model.addAttribute("years", years);
        model.addAttribute("year", String.valueOf(chosen));
        if (concentration) {
            concentration(concentrations.concentration(), locale, model);
            return "analytics/flows";
        }
        FlowYear main = flows.year(chosen, level.name(), null);
        model.addAttribute("level", level.name());
        model.addAttribute("rows", rows(main, locale));
        model.addAttribute("total", named(main.total(), locale));
        List<NamedLine> lines = main.lines().stream().map(l -> new NamedLine(l.from(), l.to(), name(l.from(), locale),
                name(l.to(), locale), l.talents())).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("map", JSON.writeValueAsString(Map.of("lines", lines)));
        model.addAttribute("mapTitle", messages.getMessage("analytics.flows.mapTitle",
                new Object[] {String.valueOf(chosen)}, locale));
        model.addAttribute("tableTitle", level == FlowLevel.CITY
                ? messages.getMessage("analytics.flows.citiesOf", new Object[] {name(main.region(), locale),
                        String.valueOf(chosen)}, locale)
                : messages.getMessage("analytics.flows.provinces", new Object[] {String.valueOf(chosen)}, locale));
        if (national) {
            model.addAttribute("provinces", reference.provinces().stream().filter(Division::isMainland)
                    .map(d -> new RegionOption(d.code(), d.name(locale))).toList());
        }
        // a province's cities: the national office's pick, a provincial office's own
        String province = national ? provinceOrNull(region)
                : scope.level() == RegionScope.Level.PROVINCE ? scope.regionCode() : null;
        model.addAttribute("region", province);
        if (province != null) {
            FlowYear cities = flows.year(chosen, FlowLevel.CITY.name(), province);
            // the province is in the table's title: each city by its own name
            model.addAttribute("cities", cities.rows().stream().map(r -> {
                NamedRow row = named(r, locale);
                String own = reference.division(r.region()).map(d -> d.name(locale)).orElse(row.name());
                return new NamedRow(row.code(), own, row.inflow(), row.outflow(), row.net(), row.newTalents());
            }).toList());
            model.addAttribute("citiesTotal", named(cities.total(), locale));
            model.addAttribute("citiesTitle", messages.getMessage("analytics.flows.citiesOf",
                    new Object[] {name(province, locale), String.valueOf(chosen)}, locale));
        }
        return "analytics/flows";
    }

    /** A province the national office picked: a known mainland province, else none. */
    private String provinceOrNull(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        return reference.division(region.trim()).filter(d -> d.isProvince() && d.isMainland()).map(Division::code)
                .orElse(null);
    }

    private void concentration(Concentration c, Locale locale, Model model) {
        List<String> areas = c.areas().stream().map(a -> messages.getMessage("analytics.flows.area." + a, null,
                locale)).toList();
        model.addAttribute("areas", areas);
        List<ConcentrationRow> rows = c.years().stream().map(y -> new ConcentrationRow(String.valueOf(y.year()),
                y.month(), y.country(), y.talents(), y.shares(), y.netInflow())).toList();
        List<ConcentrationRow> latestFirst = new ArrayList<>(rows);
        java.util.Collections.reverse(latestFirst);
        model.addAttribute("concentrationRows", latestFirst);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("years", rows.stream().map(ConcentrationRow::year).toList());
        chart.put("areas", areas);
        chart.put("shareNames", areas.stream().map(a -> messages.getMessage("analytics.flows.concentration.shareSeries",
                new Object[] {a}, locale)).toList());
        chart.put("netNames", areas.stream().map(a -> messages.getMessage("analytics.flows.concentration.netSeries",
                new Object[] {a}, locale)).toList());
        chart.put("shareAxis", messages.getMessage("analytics.flows.concentration.shareAxis", null, locale));
        chart.put("netAxis", messages.getMessage("analytics.flows.concentration.netAxis", null, locale));
        List<List<Double>> shares = new ArrayList<>();
        List<List<Long>> net = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            int i = a;
            shares.add(rows.stream().map(r -> r.shares().get(i)).toList());
            net.add(rows.stream().map(r -> r.net().get(i)).toList());
        }
        chart.put("shares", shares);
        chart.put("net", net);
        model.addAttribute("chart", JSON.writeValueAsString(chart));
    }

    private List<NamedRow> rows(FlowYear year, Locale locale) {
        return year.rows().stream().map(r -> named(r, locale)).toList();
    }

    private NamedRow named(FlowYear.Row r, Locale locale) {
        return new NamedRow(r.region(), r.region() == null
                ? messages.getMessage("analytics.flows.total", null, locale) : name(r.region(), locale),
                r.inflow(), r.outflow(), r.net(), r.newTalents());
    }

    private String name(String code, Locale locale) {
        return reference.regionName(code, locale);
    }
}
