package org.iptalent.expert.web;

import java.util.List;
import java.util.Map;

import org.iptalent.expert.draw.DrawAnswers;
import org.iptalent.expert.draw.DrawList;
import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawView;
import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draw pages: the list of the region's draws, the form (a draw the pool cannot meet re-shows it with the reason
 * under its requirement), and a draw's page with its picks, the answers the administration records, the replay and
 * the way to a re-draw. The services decide who may do what; their refusals are shown in words.
 */
@Controller
class DrawController {

    private static final String FORM = "form";
    private static final int MORE_ROWS = 2;

    private final ExpertDraws draws;
    private final DrawAnswers answers;
    private final DrawList list;
    private final OrganisationRecords organisations;
    private final ReferenceData reference;
    private final ExpertTexts texts;

    DrawController(ExpertDraws draws, DrawAnswers answers, DrawList list,
            OrganisationRecords organisations, ReferenceData reference, ExpertTexts texts) {
        this.draws = draws;
        this.answers = answers;
        this.list = list;
        this.organisations = organisations;
        this.reference = reference;
        this.texts = texts;
    }

    @GetMapping("/experts/draws")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("draws", list.page(page));
        return "expert/draws";
    }

    @GetMapping("/experts/draws/new")
    String newDraw(@RequestParam(required = false) Long redrawOf, Model model) {
        ExpertRecords.requireAdministrator();
        DrawForm form = redrawOf == null ? DrawForm.empty() : DrawForm.redrawOf(draws.get(redrawOf));
        model.addAttribute(FORM, form);
        return form(form, model);
    }

    @PostMapping("/experts/draws/new")
    String draw(@ModelAttribute(FORM) DrawForm form, BindingResult binding,
            @RequestParam(required = false) String more, Model model, RedirectAttributes redirect) {
        if (more != null) {
            form.padRows(form.getRequirements().size() + MORE_ROWS);
            return form(form, model);
        }
        if (!binding.hasErrors()) {
            try {
                form.parties();
            } catch (NumberFormatException e) {
                binding.rejectValue("partyIds", "expert.page.draw.partyIdsInvalid");
            }
        }
        if (!binding.hasErrors()) {
            try {
                DrawView view = draws.open(form.request());
                redirect.addFlashAttribute("message", "expert.page.draw.drawn");
                return "redirect:/experts/draws/" + view.id();
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return form(form, model);
    }

    /** The organisations a search finds, as checkboxes of the form's parties (swapped in by htmx). */
    @GetMapping("/experts/draws/parties")
    String parties(@RequestParam(defaultValue = "") String partyQuery, Model model) {
        ExpertRecords.requireAdministrator();
        List<OrganisationView> found = partyQuery.isBlank() ? List.of()
                : organisations.find(partyQuery, null, false, PageRequest.of(0, 10, Sort.by("name"))).getContent();
        model.addAttribute("found", found);
        model.addAttribute("searched", !partyQuery.isBlank());
        return "expert/draw-parties :: found";
    }

    @GetMapping("/experts/draws/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        DrawView draw = draws.get(id);
        model.addAttribute("draw", draw);
        model.addAttribute("categoryNames", texts.categoryNames());
        model.addAttribute("parties", organisations.parties(draw.partyOrganisationIds()).stream()
                .filter(o -> draw.partyOrganisationIds().contains(o.getId())).toList());
        model.addAttribute("picksById", draw.picks().stream()
                .collect(java.util.stream.Collectors.toMap(DrawView.PickView::id, p -> p)));
        return "expert/draw";
    }

    @PostMapping("/experts/draws/{id:\\d+}/picks/{pickId:\\d+}")
    String answer(@PathVariable long id, @PathVariable long pickId, @RequestParam(required = false) Boolean accept,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (accept == null) {
            redirect.addFlashAttribute("pickRefusals", Refusal.of("field.required"));
        } else {
            Outcomes.flash(redirect, "pickRefusals", accept ? "expert.page.draw.confirmed"
                    : "expert.page.draw.declined", () -> answers.answer(id, pickId, accept, note));
        }
        return "redirect:/experts/draws/" + id + "#picks";
    }

    @PostMapping("/experts/draws/{id:\\d+}/replay")
    String replay(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("replay", draws.replay(id));
        return "redirect:/experts/draws/" + id + "#replay";
    }

    private String form(DrawForm form, Model model) {
        form.padRows(1);
        model.addAttribute("categories", texts.categoriesInScope());
        model.addAttribute("kinds", MatterKind.values());
        model.addAttribute("rules", RegionRule.values());
        model.addAttribute("regions", RegionChoice.within(reference, RegionScope.current()));
        model.addAttribute("maxRows", DrawForm.MAX_ROWS);
        List<Long> chosen;
        try {
            chosen = form.parties();
        } catch (NumberFormatException e) {
            chosen = form.getPartyOrganisationIds();
        }
        // the parties found move to the ticked list, named; an id no organisation has stays typed, to be corrected
        List<Long> ids = chosen;
        List<Map.Entry<Long, String>> known = organisations.parties(ids).stream()
                .filter(o -> ids.contains(o.getId())).map(o -> Map.entry(o.getId(), o.getName())).toList();
        if (chosen != form.getPartyOrganisationIds()) {
            List<Long> knownIds = known.stream().map(Map.Entry::getKey).toList();
            form.setPartyOrganisationIds(new java.util.ArrayList<>(knownIds));
            form.setPartyIds(String.join(", ", ids.stream().filter(i -> !knownIds.contains(i))
                    .map(String::valueOf).toList()));
        }
        model.addAttribute("chosenParties", known);
        return "expert/draw-form";
    }
}
