package org.iptalent.expert.web;

import org.iptalent.expert.pool.Renewals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The terms coming to an end in the administration's region, each with the advice of its record. */
@Controller
class RenewalController {

    private final Renewals renewals;

    RenewalController(Renewals renewals) {
        this.renewals = renewals;
    }

    @GetMapping("/experts/renewals")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("due", renewals.due(page));
        model.addAttribute("daysAhead", Renewals.DAYS_AHEAD);
        model.addAttribute("daysAfter", Renewals.DAYS_AFTER);
        return "expert/renewals";
    }
}
