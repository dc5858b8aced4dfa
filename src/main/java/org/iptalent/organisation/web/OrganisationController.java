package org.iptalent.organisation.web;

import java.util.List;

import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisations: a searchable list and a registration form beside it. A refused registration or edit comes back on
 * its form with each problem under its field and the values entered ({@link FormRefusals}).
 */
@Controller
class OrganisationController {

    private static final String FORM = "input";

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
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new OrganisationInput(null, null, null, null, null));
        }
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
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, asEntered(organisation));
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
    String update(@PathVariable long id, @RequestParam long version, @ModelAttribute(FORM) OrganisationInput input,
            BindingResult form, Model model, RedirectAttributes redirect) {
        try {
            organisations.update(id, version, input);
        } catch (InvalidInputException e) {
            FormRefusals.bind(form, e);
            return show(id, null, model);
        }
        redirect.addFlashAttribute("message", "organisation.updated");
        return "redirect:/organisations/" + id;
    }

    /** A refused verification shows its problems on the edit form, over the organisation as it stands. */
    @PostMapping("/organisations/{id}/verify")
    String verify(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            organisations.verify(id);
        } catch (InvalidInputException e) {
            BindingResult form = new BeanPropertyBindingResult(asEntered(organisations.get(id)), FORM);
            FormRefusals.bind(form, e);
            model.addAllAttributes(form.getModel());
            return show(id, null, model);
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
    String create(@ModelAttribute(FORM) OrganisationInput input, BindingResult form, Model model,
            RedirectAttributes redirect) {
        try {
            organisations.create(input);
        } catch (InvalidInputException e) {
            FormRefusals.bind(form, e);
            return list("", "", false, 0, model);
        }
        redirect.addFlashAttribute("message", "organisation.created");
        return "redirect:/organisations?q=" + java.net.URLEncoder.encode(input.name().trim(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static OrganisationInput asEntered(OrganisationView organisation) {
        return new OrganisationInput(organisation.name(), organisation.type(), organisation.creditCode(),
                organisation.regionCode(), organisation.industryCode());
    }
}
