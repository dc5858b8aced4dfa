package org.iptalent.education.web;

import java.time.LocalDate;

import org.iptalent.education.academy.AcademyCatalogue;
import org.iptalent.education.academy.AcademyInput;
import org.iptalent.education.academy.AcademyView;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The jointly built academies' pages: the list with its filters and a new academy, and one academy. */
@Controller
class AcademyController {

    private final AcademyCatalogue catalogue;
    private final ReferenceData reference;

    AcademyController(AcademyCatalogue catalogue, ReferenceData reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @GetMapping("/education/academies")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String province = Filters.region(reference, region);
        String text = Filters.text(q);
        var request = PageRequests.clamped(page, DegreeProgrammeController.PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by("a.founded_on"));
        model.addAttribute("page", PageRequests.withinResults(request, r -> catalogue.find(province, text, r)));
        model.addAttribute("region", province);
        model.addAttribute("q", text);
        model.addAttribute("provinces", Filters.provinces(reference));
        model.addAttribute("hosts", catalogue.hosts());
        model.addAttribute("regions", Filters.regions(reference));
        return "education/academies";
    }

    @PostMapping("/education/academies")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long hostId,
            @RequestParam(required = false) String partners,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
            @RequestParam(required = false) String regionCode, RedirectAttributes redirect) {
        try {
            AcademyView created = catalogue.create(new AcademyInput(name, hostId, partners, foundedOn, regionCode));
            redirect.addFlashAttribute("message", "education.academy.created");
            return "redirect:/education/academies/" + created.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("academyRefusals", Refusal.of(e, "education.field."));
            redirect.addFlashAttribute("entered", new Entered(name, hostId, partners, foundedOn, regionCode));
            return "redirect:/education/academies#new-academy";
        }
    }

    /** What a refused form had, so the user need not type it again. */
    record Entered(String name, Long hostId, String partners, LocalDate foundedOn, String regionCode)
            implements java.io.Serializable {
    }

    @GetMapping("/education/academies/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("academy", catalogue.get(id));
        return "education/academy";
    }
}
