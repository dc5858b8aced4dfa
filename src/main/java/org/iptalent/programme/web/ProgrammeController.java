package org.iptalent.programme.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.programme.round.ProgrammeCatalogue;
import org.iptalent.programme.round.ProgrammeInput;
import org.iptalent.programme.round.ProgrammeSelections;
import org.iptalent.programme.round.ProgrammeView;
import org.iptalent.programme.round.RoundInput;
import org.iptalent.programme.round.RoundPlanning;
import org.iptalent.programme.round.SelectionRound;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The programmes' pages: the list (and a new programme of the administrator's level), one programme with its rounds
 * (and a new round with quotas), and the selections counted by province as a table and a chart.
 */
@Controller
class ProgrammeController {

    static final String QUOTA_PARAM = "quota_";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProgrammeCatalogue catalogue;
    private final RoundPlanning planning;
    private final ProgrammeSelections selections;
    private final ReferenceData reference;

    ProgrammeController(ProgrammeCatalogue catalogue, RoundPlanning planning, ProgrammeSelections selections,
            ReferenceData reference) {
        this.catalogue = catalogue;
        this.planning = planning;
        this.selections = selections;
        this.reference = reference;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", catalogue.list());
        return "programme/programmes";
    }

    @PostMapping("/programmes")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
        try {
            ProgrammeView created = catalogue.create(new ProgrammeInput(code, name, null, description));
            return "redirect:/programmes/" + created.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("createRefusals", Refusal.of(e, "programme.field."));
            return "redirect:/programmes";
        }
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        ProgrammeView programme = catalogue.get(id);
        List<SelectionRound> rounds = planning.rounds(id);
        model.addAttribute("programme", programme);
        model.addAttribute("rounds", rounds);
        model.addAttribute("provinces", reference.provinces().stream().filter(p -> p.isMainland())
                .filter(p -> programme.level() == org.iptalent.programme.round.TalentProgramme.Level.NATIONAL
                        || p.code().equals(programme.regionCode())).toList());
        model.addAttribute("nextYear", rounds.isEmpty() ? LocalDate.now().getYear() : rounds.get(0).getYear() + 1);
        return "programme/programme";
    }

    @PostMapping("/programmes/{id}")
    String describe(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
        try {
            catalogue.describe(id, version, new ProgrammeInput(null, name, null, description));
            redirect.addFlashAttribute("message", "programme.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("describeRefusals", Refusal.of(e, "programme.field."));
        }
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/programmes/{id}/rounds")
    String open(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer places,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        try {
            SelectionRound round = planning.open(id, new RoundInput(year, places, deadline, quotas(params)));
            return "redirect:/programmes/rounds/" + round.getId();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("roundRefusals", Refusal.of(e, "programme.field."));
            return "redirect:/programmes/" + id + "#new-round";
        }
    }

    @GetMapping("/programmes/selections")
    String selections(@RequestParam(required = false) Long programmeId, @RequestParam(required = false) Integer year,
            Model model, Locale locale) {
        List<ProgrammeSelections.ProvinceCount> rows = selections.byProvince(programmeId, year);
        model.addAttribute("programmes", catalogue.list());
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("total", rows.stream().mapToLong(ProgrammeSelections.ProvinceCount::count).sum());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", rows.stream().map(r -> reference.regionName(r.provinceCode(), locale)).toList());
        chart.put("counts", rows.stream().map(ProgrammeSelections.ProvinceCount::count).toList());
        model.addAttribute("chart", JSON.writeValueAsString(chart));
        return "programme/selections";
    }

    /** The quota fields of a form ({@code quota_440000}); a blank one is no quota. */
    static Map<String, Integer> quotas(Map<String, String> params) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            String value = param.getValue() == null ? "" : param.getValue().trim();
            if (param.getKey().startsWith(QUOTA_PARAM) && !value.isEmpty()) {
                try {
                    quotas.put(param.getKey().substring(QUOTA_PARAM.length()), Integer.valueOf(value));
                } catch (NumberFormatException e) {
                    throw new BusinessRuleException("quotas", "programme.quota.range", "10000");
                }
            }
        }
        return quotas;
    }
}
