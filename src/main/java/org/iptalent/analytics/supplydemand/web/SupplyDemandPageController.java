package org.iptalent.analytics.supplydemand.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.analytics.supplydemand.SupplyDemandMap;
import org.iptalent.analytics.supplydemand.SupplyDemandQuery;
import org.iptalent.analytics.supplydemand.SupplyDemandView;
import org.iptalent.demand.DemandHorizon;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.Division;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supply-versus-demand page: the map of China (or of a province's cities) coloured by supply, demand or gap, the
 * filters, the table of the regions beside it and the same figures by industry as a bar chart. The national office
 * opens on the provinces and clicks one to see its cities; a provincial office opens on its own province's cities, a
 * city office on its city.
 */
@Controller
class SupplyDemandPageController {

    static final List<String> MEASURES = List.of("supply", "demand", "gap");

    private final SupplyDemandMap map;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String mapUrl;
    private final String cityMapUrl;

    SupplyDemandPageController(SupplyDemandMap map, ReferenceData reference, MessageSource messages, JsonMapper json,
            @Value("${iptalent.analytics.map-url:/geo/china-provinces.json}") String mapUrl,
            @Value("${iptalent.analytics.city-map-url:/geo/cities/{province}.json}") String cityMapUrl) {
        this.map = map;
        this.reference = reference;
        this.messages = messages;
        this.json = json;
        this.mapUrl = mapUrl;
        this.cityMapUrl = cityMapUrl;
    }

    @GetMapping("/analytics/supply-demand")
    String page(@RequestParam(required = false) String level, @RequestParam(required = false) String region,
            @RequestParam(required = false) String team, @RequestParam(required = false) String category,
            @RequestParam(required = false) String industry, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String horizon, @RequestParam(defaultValue = "gap") String measure,
            Locale locale, Model model) {
        SupplyDemandQuery query = new SupplyDemandQuery(level, region, team, category, industry, year, horizon);
        SupplyDemandMap.Checked checked;
        try {
            checked = map.check(query);
        } catch (BusinessRuleException e) {
            if (e instanceof org.iptalent.shared.AccessDeniedException) {
                throw e;
            }
            // a filter the page does not know: said over the map, which shows the default instead
            model.addAttribute("filterRefusals", Refusal.of(e));
            checked = map.check(new SupplyDemandQuery(null, null, null, null, null, null, null));
        }
        String shown = MEASURES.contains(measure) ? measure : "gap";
        SupplyDemandView view = map.byRegion(checked, locale);
        List<SupplyDemandView.Row> industries = map.byIndustry(checked, locale);
        boolean provinces = SupplyDemandMap.PROVINCE.equals(view.level());
        String province = provinces ? null : view.region().substring(0, 2) + "0000";
        RegionScope scope = CurrentUser.require().scope();

        model.addAttribute("view", view);
        model.addAttribute("industries", industries);
        model.addAttribute("measure", shown);
        model.addAttribute("measures", MEASURES);
        model.addAttribute("teams", reference.terms(TaxonomyKind.TEAM));
        model.addAttribute("categories", categories(view.team()));
        model.addAttribute("industryTree", reference.industryTree());
        List<Integer> years = new java.util.ArrayList<>(map.years());
        if (!years.contains(view.year())) {
            // a year typed in the address that nobody reported for: shown as chosen, with no demand
            years.add(0, view.year());
        }
        model.addAttribute("years", years);
        model.addAttribute("horizons", DemandHorizon.values());
        model.addAttribute("provinces", provinces);
        model.addAttribute("national", scope.isNational());
        model.addAttribute("mapData", json.writeValueAsString(mapData(view, shown, province, locale)));
        // a municipality has no prefecture-level units, so no city map: the table alone
        model.addAttribute("geoUrl", province == null ? mapUrl : reference.citiesOf(province).isEmpty() ? null
                : cityMapUrl.replace("{province}", province));
        model.addAttribute("industryChart", json.writeValueAsString(industryChart(industries, locale)));
        return "analytics/supply-demand";
    }

    /** The categories to pick: the team's when one is chosen, else every one. */
    private List<Term> categories(String team) {
        return team == null ? reference.terms(TaxonomyKind.CATEGORY) : reference.children(TaxonomyKind.CATEGORY, team);
    }

    /**
     * What {@code /js/supply-demand-map.js} draws: the geometry's address, each region's figures, the names the
     * reader reads (the geometry names regions in Chinese), the measure and the tooltip's words; whether a click on a
     * province opens its cities.
     */
    private Map<String, Object> mapData(SupplyDemandView view, String measure, String province, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Division> divisions = province == null ? reference.provinces() : reference.citiesOf(province);
        for (Division division : divisions) {
            names.put(division.code(), Localized.isEnglish(locale) || !division.isProvince() ? division.name(locale)
                    : division.shortNameZh());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("map", province == null ? "china" : "cities-" + province);
        data.put("opens", province == null);
        data.put("measure", measure);
        data.put("names", names);
        data.put("rows", view.rows().stream().map(r -> Map.of("code", r.region(), "supply", r.supply(),
                "demand", r.demand(), "gap", r.gap())).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("supply", "demand", "gap", "noData", "noCityMap")) {
            labels.put(key, messages.getMessage("analytics.supplyDemand." + key, null, locale));
        }
        data.put("labels", labels);
        return data;
    }

    /** The bar chart's industries, supply and demand, with the series' names. */
    private Map<String, Object> industryChart(List<SupplyDemandView.Row> industries, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("industries", industries.stream().map(SupplyDemandView.Row::name).toList());
        chart.put("supply", industries.stream().map(SupplyDemandView.Row::supply).toList());
        chart.put("demand", industries.stream().map(SupplyDemandView.Row::demand).toList());
        chart.put("names", List.of(messages.getMessage("analytics.supplyDemand.supply", null, locale),
                messages.getMessage("analytics.supplyDemand.demand", null, locale)));
        return chart;
    }
}
