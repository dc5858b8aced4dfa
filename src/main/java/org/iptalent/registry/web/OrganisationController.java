package org.iptalent.registry.web;

import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.OrganisationInput;
import org.iptalent.registry.internal.OrganisationRecords;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations in the registry: a searchable list and a registration form beside it. */
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
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", organisations.find(q, type,
                PageRequests.clamped(page, 20, PageRequests.DATABASE_WINDOW, Sort.by("name"))));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", reference.terms(TaxonomyKind.ORGANISATION_TYPE));
        model.addAttribute("regions", RegionChoice.within(reference, RegionScope.current()));
        model.addAttribute("industryTree", reference.industryTree());
        return "registry/organisations";
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
