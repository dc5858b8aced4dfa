package org.iptalent.training.web;

import java.math.BigDecimal;

import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.ProgramCatalogue;
import org.iptalent.training.program.TrainingProgram;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The program catalogue: list, a program's levels, and the keepers' forms. */
@Controller
class ProgramController {

    private static final int PAGE_SIZE = 20;

    private final ProgramCatalogue catalogue;
    private final ReferenceData reference;

    ProgramController(ProgramCatalogue catalogue, ReferenceData reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @GetMapping("/programs")
    String list(@RequestParam(required = false) String team, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.by("title"));
        model.addAttribute("page", PageRequests.withinResults(request, r -> catalogue.find(team, q, r)));
        model.addAttribute("team", team);
        model.addAttribute("q", q);
        model.addAttribute("teams", reference.terms(TaxonomyKind.TEAM));
        model.addAttribute("categories", reference.terms(TaxonomyKind.CATEGORY));
        model.addAttribute("maySave", catalogue.keeps(null));
        return "training/programs";
    }

    @PostMapping("/programs")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String team,
            @RequestParam(required = false) String category, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            TrainingProgram program = catalogue.create(title, team, category, description);
            redirect.addFlashAttribute("message", "training.program.created");
            return "redirect:/programs/" + program.getId();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("programRefusals", Refusal.of(e, "training.program."));
            redirect.addFlashAttribute("entered", new Entered(title, team, category, description));
            return "redirect:/programs";
        }
    }

    /** What a refused form had, so the user need not type it again. */
    record Entered(String title, String team, String category, String description) implements java.io.Serializable {
    }

    @GetMapping("/programs/{id}")
    String show(@PathVariable long id, Model model) {
        TrainingProgram program = catalogue.get(id);
        model.addAttribute("program", program);
        model.addAttribute("levels", Level.values());
        model.addAttribute("mayKeep", catalogue.keeps(program));
        return "training/program";
    }

    @PostMapping("/programs/{id}/levels")
    String level(@PathVariable long id, @RequestParam(required = false) Level level,
            @RequestParam(required = false) String outcomes, @RequestParam(required = false) BigDecimal requiredHours,
            RedirectAttributes redirect) {
        try {
            if (level == null) {
                throw new BusinessRuleException("level", "field.required");
            }
            catalogue.level(id, level, outcomes, requiredHours);
            redirect.addFlashAttribute("message", "training.program.levelSaved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("levelRefusals", Refusal.of(e, "training.program."));
        }
        return "redirect:/programs/" + id + "#levels";
    }
}
