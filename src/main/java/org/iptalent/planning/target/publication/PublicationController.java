package org.iptalent.planning.target.publication;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.target.PlanInfo;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator's page of a plan's published figures: publish a month, withdraw a publication. */
@Controller
class PublicationController {

    private final Publications publications;
    private final PlanRecords plans;

    PublicationController(Publications publications, PlanRecords plans) {
        this.publications = publications;
        this.plans = plans;
    }

    @GetMapping("/plans/{planId:\\d+}/publications")
    String list(@PathVariable long planId, Model model) {
        model.addAttribute("publications", publications.of(planId));
        model.addAttribute("plan", PlanInfo.of(plans.get(planId)));
        return "planning/target-publications";
    }

    @PostMapping("/plans/{planId:\\d+}/publications")
    String publish(@PathVariable long planId, @RequestParam(defaultValue = "") String month,
            RedirectAttributes redirect) {
        try {
            publications.publish(planId, month(month));
            redirect.addFlashAttribute("message", "planning.publication.publishedMessage");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e));
            redirect.addFlashAttribute("typedMonth", month);
        }
        return "redirect:/plans/" + planId + "/publications";
    }

    @PostMapping("/plans/{planId:\\d+}/publications/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long planId, @PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        try {
            publications.withdraw(planId, id, version);
            redirect.addFlashAttribute("message", "planning.publication.withdrawnMessage");
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("refusals", Refusal.of("error.staleEdit"));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e));
        }
        return "redirect:/plans/" + planId + "/publications";
    }

    /** The month typed as yyyy-MM (what a month input sends), or a refusal that says the format. */
    private static YearMonth month(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(typed.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("month", "planning.publication.monthFormat");
        }
    }
}
