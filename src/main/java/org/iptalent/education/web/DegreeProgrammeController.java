package org.iptalent.education.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.education.degree.DegreeCatalogue;
import org.iptalent.education.degree.DegreeLevel;
import org.iptalent.education.degree.ProgrammeDetail;
import org.iptalent.education.degree.ProgrammeFilter;
import org.iptalent.education.degree.ProgrammeInput;
import org.iptalent.education.degree.YearFigures;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The degree programmes' pages: the list with its filters and a new programme, one programme with its yearly
 * figures as a table and a chart, and a year's figures recorded.
 */
@Controller
class DegreeProgrammeController {

    static final int PAGE_SIZE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DegreeCatalogue catalogue;
    private final ReferenceData reference;

    DegreeProgrammeController(DegreeCatalogue catalogue, ReferenceData reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @GetMapping("/education/programmes")
    String list(@RequestParam(required = false) String level, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        DegreeLevel chosen = Filters.level(level);
        String province = Filters.region(reference, region);
        String text = Filters.text(q);
        var request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by("o.name").and(Sort.by("p.level")));
        model.addAttribute("page", PageRequests.withinResults(request,
                r -> catalogue.find(new ProgrammeFilter(chosen, province, text), r)));
        model.addAttribute("level", chosen);
        model.addAttribute("region", province);
        model.addAttribute("q", text);
        model.addAttribute("levels", DegreeLevel.values());
        model.addAttribute("provinces", Filters.provinces(reference));
        model.addAttribute("universities", catalogue.universities());
        return "education/programmes";
    }

    @PostMapping("/education/programmes")
    String create(@RequestParam(required = false) Long universityId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String level, @RequestParam(required = false) Integer firstYear,
            RedirectAttributes redirect) {
        try {
            ProgrammeDetail created = catalogue.create(new ProgrammeInput(universityId, name, Filters.level(level),
                    firstYear));
            redirect.addFlashAttribute("message", "education.programme.created");
            return "redirect:/education/programmes/" + created.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("programmeRefusals", Refusal.of(e, "education.field."));
            redirect.addFlashAttribute("entered", new Entered(universityId, name, level, firstYear));
            return "redirect:/education/programmes#new-programme";
        }
    }

    /** What a refused form had, so the user need not type it again. */
    record Entered(Long universityId, String name, String level, Integer firstYear) implements java.io.Serializable {
    }

    @GetMapping("/education/programmes/{id}")
    String show(@PathVariable long id, Model model) {
        ProgrammeDetail programme = catalogue.get(id);
        model.addAttribute("programme", programme);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("years", programme.years().stream().map(y -> String.valueOf(y.year())).toList());
        chart.put("intake", programme.years().stream().map(YearFigures::intake).toList());
        chart.put("graduates", programme.years().stream().map(YearFigures::graduates).toList());
        model.addAttribute("chart", JSON.writeValueAsString(chart));
        List<YearFigures> years = programme.years();
        model.addAttribute("nextYear", years.isEmpty() ? programme.firstYear() : Math.min(
                years.get(years.size() - 1).year() + 1, java.time.Year.now().getValue()));
        return "education/programme";
    }

    @PostMapping("/education/programmes/{id}/years")
    String year(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer intake, @RequestParam(required = false) Integer graduates,
            RedirectAttributes redirect) {
        try {
            catalogue.record(id, year, intake, graduates);
            redirect.addFlashAttribute("message", "education.year.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("yearRefusals", Refusal.of(e, "education.field."));
        }
        return "redirect:/education/programmes/" + id + "#years";
    }
}
