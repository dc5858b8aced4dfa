package org.iptalent.planning.target.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.iptalent.planning.target.Breakdown;
import org.iptalent.planning.target.RegionalBreakdown;
import org.iptalent.planning.target.TargetAssignments;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An indicator's regional breakdown: the ranking table with each region's value, target and progress, the map of
 * China coloured by progress, and the small forms by which the national administrator assigns the provinces'
 * targets and a provincial administrator refines its own and assigns its cities'.
 */
@Controller
class RegionalTargetController {

    private final RegionalBreakdown breakdowns;
    private final TargetAssignments assignments;
    private final TargetMapData maps;
    private final String mapUrl;

    RegionalTargetController(RegionalBreakdown breakdowns, TargetAssignments assignments, TargetMapData maps,
            @Value("${iptalent.planning.map-url:/geo/china-provinces.json}") String mapUrl) {
        this.breakdowns = breakdowns;
        this.assignments = assignments;
        this.maps = maps;
        this.mapUrl = mapUrl;
    }

    @GetMapping("/plans/{planId:\\d+}/indicators/{code}/regions")
    String regions(@PathVariable long planId, @PathVariable String code,
            @RequestParam(required = false) String province, @RequestParam(required = false) List<String> sort,
            Model model, Locale locale) {
        Breakdown breakdown;
        try {
            breakdown = breakdowns.of(planId, code, province, sort);
        } catch (BusinessRuleException e) {
            if (e instanceof org.iptalent.shared.AccessDeniedException) {
                throw e;
            }
            // a sort or province the page does not know: said over the table, which shows the default instead
            model.addAttribute("filterRefusals", Refusal.of(e));
            sort = null;
            breakdown = breakdowns.of(planId, code, "province".equals(e.field()) ? null : province, null);
        }
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("sort", sort == null || sort.isEmpty() ? "rank" : String.join(",", sort));
        model.addAttribute("mapData", maps.of(breakdown, locale));
        model.addAttribute("mapUrl", mapUrl);
        model.addAttribute("national", CurrentUser.require().has(Role.NATIONAL_ADMIN));
        model.addAttribute("computedAt", breakdown.computedAt() == null ? null
                : LocalDateTime.ofInstant(breakdown.computedAt(), ZoneId.systemDefault()));
        return "planning/target-regions";
    }

    @PostMapping("/plans/{planId:\\d+}/indicators/{code}/regions/{regionCode}/target")
    String setTarget(@PathVariable long planId, @PathVariable String code, @PathVariable String regionCode,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "0") long version,
            @RequestParam(required = false) String province, RedirectAttributes redirect) {
        try {
            assignments.set(planId, code, regionCode, number(value), version);
            redirect.addFlashAttribute("message", "planning.target.saved");
        } catch (ObjectOptimisticLockingFailureException e) {
            refused(redirect, regionCode, value, Refusal.of("error.staleEdit"));
        } catch (BusinessRuleException e) {
            refused(redirect, regionCode, value, Refusal.of(e));
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/plans/{planId}/indicators/{code}/regions");
        if (province != null && !province.isBlank()) {
            back.queryParam("province", province);
        }
        return "redirect:" + back.buildAndExpand(planId, code).encode().toUriString() + "#region-" + regionCode;
    }

    private static void refused(RedirectAttributes redirect, String regionCode, String value, List<Refusal> refusals) {
        redirect.addFlashAttribute("targetRefusals", refusals);
        redirect.addFlashAttribute("refusedRegion", regionCode);
        redirect.addFlashAttribute("refusedValue", value);
    }

    /** The number typed, or a refusal that says it is none (not Spring's conversion text). */
    private static BigDecimal number(String typed) {
        String text = typed.trim().replace(",", "").replace("\uFF0C", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("value", "planning.target.notANumber", typed.length() > 20
                    ? typed.substring(0, 20) + "…" : typed);
        }
    }
}
