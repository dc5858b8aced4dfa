package org.iptalent.planning.target.publication;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.iptalent.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of the plans' published figures, without signing in: the publications, the national indicators
 * of one, and one indicator's provinces. A month not published is the platform's not-found page.
 */
@Controller
class PublicFiguresController {

    private final PublicFigures figures;

    PublicFiguresController(PublicFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/figures")
    String publications(Model model) {
        model.addAttribute("publications", figures.published());
        return "planning/target-public-list";
    }

    @GetMapping("/figures/{planId:\\d+}/{month}")
    String figures(@PathVariable long planId, @PathVariable String month, Model model) {
        model.addAttribute("figures", figures.figures(planId, month(month)));
        return "planning/target-public-figures";
    }

    @GetMapping("/figures/{planId:\\d+}/{month}/{code}")
    String provinces(@PathVariable long planId, @PathVariable String month, @PathVariable String code, Model model) {
        model.addAttribute("figures", figures.provinces(planId, month(month), code));
        return "planning/target-public-provinces";
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordNotFoundException(Publications.ENTITY, text);
        }
    }
}
