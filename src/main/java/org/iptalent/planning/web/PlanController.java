package org.iptalent.planning.web;

import java.util.Locale;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.SourceCatalogue;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans: the list, one plan's dashboard and indicators, and the national office's changes to them. */
@Controller
class PlanController {

    private final PlanRecords plans;
    private final PlanDashboards dashboards;
    private final SourceCatalogue catalogue;

    PlanController(PlanRecords plans, PlanDashboards dashboards, SourceCatalogue catalogue) {
        this.plans = plans;
        this.dashboards = dashboards;
        this.catalogue = catalogue;
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("national", CurrentUser.require().has(Role.NATIONAL_ADMIN));
        return "planning/plans";
    }

    @GetMapping("/plans/{id:\\d+}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("dashboard", dashboards.of(plan, PlanDashboards.regionOf(CurrentUser.require()), locale));
        model.addAttribute("national", CurrentUser.require().has(Role.NATIONAL_ADMIN));
        return "planning/plan";
    }

    @PostMapping("/plans/{id:\\d+}/copy")
    String copy(@PathVariable long id, @RequestParam(required = false) String nameZh,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) Integer startsYear,
            @RequestParam(required = false) Integer endsYear, @RequestParam(defaultValue = "false") boolean demonstration,
            Model model, RedirectAttributes redirect, Locale locale) {
        Plan copy;
        try {
            if (startsYear == null || endsYear == null) {
                throw new BusinessRuleException("endsYear", "planning.plan.periodInvalid");
            }
            copy = plans.copy(id, nameZh, nameEn, startsYear, endsYear, demonstration);
        } catch (BusinessRuleException e) {
            // the copy form is the national office's: anyone else is told at the top of the page
            model.addAttribute(CurrentUser.require().has(Role.NATIONAL_ADMIN) ? "copyRefusals" : "statusRefusals",
                    Refusal.of(e, "planning.plan."));
            return show(id, model, locale);
        }
        redirect.addFlashAttribute("message", "planning.plan.copied");
        return "redirect:/plans/" + copy.getId();
    }

    @PostMapping("/plans/{id:\\d+}/in-force")
    String bringIntoForce(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
            Locale locale) {
        return statusChange(id, () -> plans.bringIntoForce(id, version), "planning.plan.nowInForce", model, redirect,
                locale);
    }

    @PostMapping("/plans/{id:\\d+}/close")
    String close(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
            Locale locale) {
        return statusChange(id, () -> plans.close(id, version), "planning.plan.nowClosed", model, redirect, locale);
    }

    @GetMapping("/plans/{id:\\d+}/indicators/new")
    String newIndicator(@PathVariable long id, Model model) {
        Plan plan = plans.get(id);
        IndicatorForm form = new IndicatorForm();
        form.setTargetYear(plan.getEndsYear());
        return form(plan, form, model);
    }

    @PostMapping("/plans/{id:\\d+}/indicators")
    String add(@PathVariable long id, @ModelAttribute("form") IndicatorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                plans.addIndicator(id, form.spec());
                redirect.addFlashAttribute("message", "planning.indicator.added");
                return "redirect:/plans/" + id;
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return form(plans.get(id), form, model);
    }

    @GetMapping("/plans/{id:\\d+}/indicators/{code}/edit")
    String edit(@PathVariable long id, @PathVariable String code, Model model) {
        Plan plan = plans.get(id);
        Indicator indicator = plan.find(code).orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, code));
        return form(plan, IndicatorForm.of(indicator), model);
    }

    @PostMapping("/plans/{id:\\d+}/indicators/{code}")
    String change(@PathVariable long id, @PathVariable String code, @ModelAttribute("form") IndicatorForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setCode(code);
        if (!binding.hasErrors()) {
            try {
                plans.changeIndicator(id, code, form.getVersion(), form.spec());
                redirect.addFlashAttribute("message", "planning.indicator.changed");
                return "redirect:/plans/" + id;
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return form(plans.get(id), form, model);
    }

    @PostMapping("/plans/{id:\\d+}/indicators/{code}/remove")
    String remove(@PathVariable long id, @PathVariable String code, Model model, RedirectAttributes redirect,
            Locale locale) {
        return statusChange(id, () -> plans.removeIndicator(id, code), "planning.indicator.removed", model, redirect,
                locale);
    }

    /** A change made from the plan's page: back to it with the message, or the page again with the refusal on top. */
    private String statusChange(long id, Runnable change, String message, Model model, RedirectAttributes redirect,
            Locale locale) {
        try {
            change.run();
        } catch (BusinessRuleException e) {
            model.addAttribute("statusRefusals", Refusal.of(e));
            return show(id, model, locale);
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/plans/" + id;
    }

    private String form(Plan plan, IndicatorForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("units", IndicatorUnit.values());
        model.addAttribute("kinds", Indicator.Kind.values());
        model.addAttribute("directions", Indicator.Direction.values());
        model.addAttribute("attributes", Indicator.Attribute.values());
        model.addAttribute("sourceKinds", Indicator.SourceKind.values());
        model.addAttribute("sources", catalogue.codes());
        return "planning/indicator-form";
    }
}
