package org.iptalent.organisation.web;

import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.reference.TaxonomyKind;
import java.util.List;

import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations: a searchable list and a registration form beside it. */
@Controller
class OrganisationController {

    private final OrganisationRecords organisations;
    private final ReferenceData reference;

    OrganisationController(OrganisationRecords organisations, ReferenceData reference) {
        this.organisations = organisations;
        this.reference = reference;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "false") boolean unverified, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", PageRequests.withinResults(
                PageRequests.clamped(page, 20, PageRequests.DATABASE_WINDOW, Sort.by("name")),
                request -> organisations.find(q, type, unverified, request)));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("unverified", unverified);
        model.addAttribute("types", reference.terms(TaxonomyKind.ORGANISATION_TYPE));
        model.addAttribute("regions", RegionChoice.within(reference, RegionScope.current()));
        model.addAttribute("industryTree", reference.industryTree());
        return "organisation/organisations";
    }

    /** One organisation: edit it, confirm it, or merge it into the organisation it duplicates. */
    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String target, Model model) {
        OrganisationView organisation = organisations.get(id);
        // no search until the administrator types one: a guess from its own name mostly found nothing
        String search = target == null ? "" : target.trim();
        model.addAttribute("organisation", organisation);
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", new OrganisationInput(organisation.name(), organisation.type(),
                    organisation.creditCode(), organisation.regionCode(), organisation.industryCode()));
        }
        model.addAttribute("target", search);
        model.addAttribute("candidates", search.isBlank() ? List.of() : organisations.find(search, "", false,
                PageRequests.clamped(0, 10, PageRequests.DATABASE_WINDOW, Sort.by("name"))).getContent().stream()
                .filter(o -> o.id() != id).toList());
        model.addAttribute("types", reference.terms(TaxonomyKind.ORGANISATION_TYPE));
        model.addAttribute("regions", RegionChoice.within(reference, RegionScope.current()));
        model.addAttribute("industryTree", reference.industryTree());
        return "organisation/organisation";
    }

    @PostMapping("/organisations/{id}")
    String update(@PathVariable long id, @RequestParam long version, OrganisationInput input,
            RedirectAttributes redirect) {
        try {
            organisations.update(id, version, input);
            redirect.addFlashAttribute("message", "organisation.updated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("input", input);
        }
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        try {
            organisations.verify(id);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/organisations/" + id;
        }
        redirect.addFlashAttribute("message", "organisation.verified");
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long intoId, RedirectAttributes redirect) {
        organisations.merge(id, intoId);
        redirect.addFlashAttribute("message", "organisation.merged");
        return "redirect:/organisations/" + intoId;
    }

    @PostMapping("/organisations")
    String create(OrganisationInput input, RedirectAttributes redirect) {
        try {
            organisations.create(input);
            redirect.addFlashAttribute("message", "organisation.created");
            return "redirect:/organisations?q=" + java.net.URLEncoder.encode(input.name().trim(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("input", input);
            return "redirect:/organisations";
        }
    }
}
