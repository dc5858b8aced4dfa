package org.iptalent.demand.web;

import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.demand.round.SurveyRounds;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The survey rounds: the list and a new one (national and provincial administrations), one round's tracking. */
@Controller
class DemandRoundController {

    private final SurveyRounds rounds;
    private final EmployerAccounts employers;

    DemandRoundController(SurveyRounds rounds, EmployerAccounts employers) {
        this.rounds = rounds;
        this.employers = employers;
    }

    @GetMapping("/demand/rounds")
    String list(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("rounds", rounds.list());
        model.addAttribute("mayOpen", user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN));
        model.addAttribute("nextYear", java.time.Year.now().getValue());
        return "demand/rounds";
    }

    @PostMapping("/demand/rounds")
    String open(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            return "redirect:/demand/rounds/" + rounds.open(year).getId();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e, DemandController.LABELS));
            return "redirect:/demand/rounds";
        }
    }

    /** An administration links an employer's account to the organisation it reports for. */
    @PostMapping("/demand/employers")
    String link(@RequestParam(required = false) String username, @RequestParam(required = false) String creditCode,
            RedirectAttributes redirect) {
        try {
            employers.link(username, creditCode);
            redirect.addFlashAttribute("message", "demand.employer.linked");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("linkRefusals", Refusal.of(e, DemandController.LABELS));
        }
        return "redirect:/demand/rounds";
    }

    @GetMapping("/demand/rounds/{id}")
    String round(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tracking", rounds.tracking(id, page));
        return "demand/round";
    }

    @PostMapping("/demand/rounds/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        try {
            rounds.close(id);
            redirect.addFlashAttribute("message", "demand.round.closedNow");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e));
        }
        return "redirect:/demand/rounds/" + id;
    }
}
