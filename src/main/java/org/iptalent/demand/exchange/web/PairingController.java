package org.iptalent.demand.exchange.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.demand.ExchangeLine;
import org.iptalent.demand.exchange.Activity;
import org.iptalent.demand.exchange.ActivityInput;
import org.iptalent.demand.exchange.ActivityView;
import org.iptalent.demand.exchange.ExchangePairings;
import org.iptalent.demand.exchange.ExchangeRecords;
import org.iptalent.demand.exchange.Pairing;
import org.iptalent.demand.exchange.PairingInput;
import org.iptalent.demand.exchange.PairingView;
import org.iptalent.demand.exchange.SecondmentInput;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The exchange pages: the pairings an administration sees (filtered, paged, with a map of their lines between
 * provinces) and a new pairing; one pairing with its secondments, its activities (paged) and their totals, and the
 * forms that add to them.
 */
@Controller
class PairingController {

    static final int PAGE_SIZE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExchangePairings pairings;
    private final ExchangeRecords records;
    private final ReferenceData reference;

    PairingController(ExchangePairings pairings, ExchangeRecords records, ReferenceData reference) {
        this.pairings = pairings;
        this.records = records;
        this.reference = reference;
    }

    @GetMapping("/exchange/pairings")
    String list(@RequestParam(required = false) Pairing.Level level, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                ExchangePairings.SORT.parse(null));
        ExchangePairings.Filter filter = new ExchangePairings.Filter(level, region, year);
        Page<PairingView> found;
        Integer mapYear = year;
        try {
            found = PageRequests.withinResults(request, r -> pairings.list(filter, r));
        } catch (BusinessRuleException e) {
            // a filter the list cannot take (an unknown region, a year out of range): said, and the list unfiltered
            model.addAttribute("searchRefusals", Refusal.of(e, "exchange.filter."));
            found = PageRequests.withinResults(request, r -> pairings.list(
                    new ExchangePairings.Filter(level, null, null), r));
            mapYear = null;
        }
        model.addAttribute("pairings", found);
        model.addAttribute("level", level);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("levels", Pairing.Level.values());
        model.addAttribute("regions", RegionChoice.within(reference, RegionScope.national()));
        model.addAttribute("map", JSON.writeValueAsString(map(pairings.lines(mapYear), locale)));
        return "demand/exchange/pairings";
    }

    @PostMapping("/exchange/pairings")
    String create(@RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String fromRegion,
            @RequestParam(defaultValue = "") String toRegion, @RequestParam(required = false) Long fromOrgId,
            @RequestParam(required = false) Long toOrgId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(defaultValue = "") String goals, RedirectAttributes redirect) {
        PairingInput input = new PairingInput(level, fromRegion, toRegion, fromOrgId, toOrgId, startsOn, endsOn,
                goals);
        try {
            return "redirect:/exchange/pairings/" + pairings.create(input).id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("createRefusals", Refusal.of(e, "exchange.field."));
            redirect.addFlashAttribute("pairingForm", input);
            return "redirect:/exchange/pairings#new-pairing";
        }
    }

    @GetMapping("/exchange/pairings/{id}")
    String pairing(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        PairingView pairing = pairings.get(id);
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                ExchangeRecords.ACTIVITY_ORDER);
        Page<ActivityView> activities = PageRequests.withinResults(request, r -> records.activities(id, r));
        model.addAttribute("pairing", pairing);
        model.addAttribute("secondments", records.secondments(id));
        model.addAttribute("activities", activities);
        model.addAttribute("kinds", Activity.Kind.values());
        return "demand/exchange/pairing";
    }

    @PostMapping("/exchange/pairings/{id}/secondments")
    String second(@PathVariable long id, @RequestParam(required = false) Long talentId,
            @RequestParam(defaultValue = "") String fromRegion, @RequestParam(defaultValue = "") String toRegion,
            @RequestParam(required = false) Long fromOrgId, @RequestParam(required = false) Long toOrgId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(defaultValue = "") String purpose, RedirectAttributes redirect) {
        try {
            records.second(id, new SecondmentInput(talentId, fromRegion, toRegion, fromOrgId, toOrgId, startsOn,
                    endsOn, purpose));
            redirect.addFlashAttribute("message", "exchange.secondment.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("secondmentRefusals", Refusal.of(e, "exchange.field."));
        }
        return "redirect:/exchange/pairings/" + id + "#secondments";
    }

    @PostMapping("/exchange/pairings/{id}/activities")
    String activity(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) Integer peopleTrained,
            @RequestParam(required = false) Integer casesAssisted, @RequestParam(required = false) Integer hours,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            records.record(id, new ActivityInput(kind, heldOn, peopleTrained, casesAssisted, hours, note));
            redirect.addFlashAttribute("message", "exchange.activity.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("activityRefusals", Refusal.of(e, "exchange.field."));
        }
        return "redirect:/exchange/pairings/" + id + "#activities";
    }

    /** The lines for the map script: each province's name in the reader's language and the pairings between them. */
    private Map<String, Object> map(List<ExchangeLine> lines, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ExchangeLine line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", line.fromProvince());
            row.put("to", line.toProvince());
            row.put("fromName", reference.regionName(line.fromProvince(), locale));
            row.put("toName", reference.regionName(line.toProvince(), locale));
            row.put("pairings", line.pairings());
            row.put("secondments", line.secondments());
            row.put("peopleTrained", line.peopleTrained());
            rows.add(row);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lines", rows);
        return map;
    }
}
