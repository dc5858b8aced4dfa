package org.iptalent.training.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.training.base.BaseAccess;
import org.iptalent.training.base.TrainingBases;
import org.iptalent.training.enrollment.ClassFill;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.enrollment.Rosters;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.ClassPlanning.ClassFilter;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.program.ProgramCatalogue;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The class catalogue, a class's page, and the forms of whoever runs it. */
@Controller
class ClassController {

    private static final int PAGE_SIZE = 20;
    private static final int ROSTER_SIZE = 50;

    private final ClassPlanning planning;
    private final ProgramCatalogue programs;
    private final BaseAccess baseAccess;
    private final TrainingBases bases;
    private final Rosters rosters;
    private final Enrollments enrollments;
    private final Enrolling enrolling;
    private final TalentAccounts accounts;
    private final ReferenceData reference;
    private final java.time.Clock clock;

    ClassController(ClassPlanning planning, ProgramCatalogue programs, BaseAccess baseAccess, TrainingBases bases,
            Rosters rosters, Enrollments enrollments, Enrolling enrolling, TalentAccounts accounts,
            ReferenceData reference, java.time.Clock clock) {
        this.clock = clock;
        this.planning = planning;
        this.programs = programs;
        this.baseAccess = baseAccess;
        this.bases = bases;
        this.rosters = rosters;
        this.enrollments = enrollments;
        this.enrolling = enrolling;
        this.accounts = accounts;
        this.reference = reference;
    }

    @InitBinder("form")
    void disallowVersionless(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/classes")
    String list(@RequestParam(required = false) Long baseId, @RequestParam(required = false) Long programId,
            @RequestParam(required = false) String region, @RequestParam(required = false) TrainingClass.Status status,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by(Sort.Direction.DESC, "startsOn").and(Sort.by("id")));
        var result = PageRequests.withinResults(request,
                r -> planning.find(new ClassFilter(baseId, programId, region, status, open, year), r));
        model.addAttribute("page", result);
        model.addAttribute("baseNames", baseNames(result.getContent()));
        model.addAttribute("filter", new ClassFilter(baseId, programId, region, status, open, year));
        model.addAttribute("provinces", reference.provinces());
        model.addAttribute("statuses", TrainingClass.Status.values());
        model.addAttribute("mayCreate", !baseAccess.manageableBases().isEmpty());
        return "training/classes";
    }

    @GetMapping("/classes/new")
    String newClass(@RequestParam(required = false) Long levelId, Model model) {
        ClassForm form = new ClassForm();
        form.setLevelId(levelId);
        return form(form, model);
    }

    @PostMapping("/classes/new")
    String create(@ModelAttribute("form") ClassForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, model);
        }
        try {
            if (form.getLevelId() == null || form.getBaseId() == null) {
                throw new BusinessRuleException(form.getLevelId() == null ? "levelId" : "baseId", "field.required");
            }
            TrainingClass created = planning.create(form.getLevelId(), form.getBaseId(), form.plan());
            redirect.addFlashAttribute("message", "training.class.created");
            return "redirect:/classes/" + created.getId();
        } catch (BusinessRuleException e) {
            FormRefusals.bind(binding, e);
            return form(form, model);
        }
    }

    @GetMapping("/classes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        TrainingClass trainingClass = planning.run(id);
        model.addAttribute("trainingClass", trainingClass);
        return form(ClassForm.of(trainingClass), model);
    }

    @PostMapping("/classes/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ClassForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        TrainingClass trainingClass = planning.run(id);
        model.addAttribute("trainingClass", trainingClass);
        if (binding.hasErrors()) {
            return form(form, model);
        }
        try {
            planning.update(id, form.getVersion(), form.plan());
            redirect.addFlashAttribute("message", "training.class.saved");
            return "redirect:/classes/" + id;
        } catch (BusinessRuleException e) {
            FormRefusals.bind(binding, e);
            return form(form, model);
        }
    }

    private String form(ClassForm form, Model model) {
        var manageable = baseAccess.manageableBases();
        if (form.getBaseId() == null && manageable.size() == 1) {
            form.setBaseId(manageable.get(0).getId()); // a manager of one base plans that base's classes
        }
        model.addAttribute("form", form);
        model.addAttribute("programs", programs.all());
        model.addAttribute("bases", manageable);
        model.addAttribute("modes", ClassMode.values());
        model.addAttribute("fillings", Filling.values());
        return "training/class-form";
    }

    @GetMapping("/classes/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Enrollment.Status rosterStatus,
            @RequestParam(defaultValue = "0") int page, Model model) {
        TrainingClass trainingClass = planning.get(id);
        CurrentUser user = CurrentUser.require();
        boolean runs = planning.runs(trainingClass);
        model.addAttribute("trainingClass", trainingClass);
        model.addAttribute("baseName", bases.findById(trainingClass.getBaseId()).map(b -> b.getName()).orElse(""));
        model.addAttribute("runs", runs);
        ClassFill fill = enrollments.fill(id);
        model.addAttribute("placesTaken", fill.placesTaken());
        model.addAttribute("waiting", fill.waiting());
        model.addAttribute("openToday", trainingClass.enrollmentOpenOn(java.time.LocalDate.now(clock)));
        accounts.talentOf(user.id()).flatMap(talent -> enrollments.findByClassIdAndTalentId(id, talent))
                .ifPresent(mine -> {
                    model.addAttribute("mine", mine);
                    model.addAttribute("myPosition", enrolling.waitingPosition(mine));
                });
        model.addAttribute("isTalent", accounts.talentOf(user.id()).isPresent());
        boolean administers = !user.scope().isNothing();
        model.addAttribute("administers", administers);
        if (runs || administers) {
            var request = PageRequests.clamped(page, ROSTER_SIZE, PageRequests.DATABASE_WINDOW,
                    Sort.by("queuedAt").and(Sort.by("id")));
            model.addAttribute("roster", rosters.of(id, rosterStatus, request));
            model.addAttribute("rosterStatus", rosterStatus);
            model.addAttribute("rosterStatuses", Enrollment.Status.values());
        }
        if (administers) {
            model.addAttribute("provinces", reference.provinces());
            model.addAttribute("teams", reference.terms(TaxonomyKind.TEAM));
            model.addAttribute("categories", reference.terms(TaxonomyKind.CATEGORY));
            model.addAttribute("qualificationTypes", reference.terms(TaxonomyKind.QUALIFICATION_TYPE));
        }
        return "training/class";
    }

    @PostMapping("/classes/{id}/sessions")
    String addSession(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
            @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String teacher, RedirectAttributes redirect) {
        try {
            planning.addSession(id, startsAt, endsAt, hours, topic, teacher);
            redirect.addFlashAttribute("message", "training.session.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("sessionRefusals", Refusal.of(e, "training.session."));
        }
        return "redirect:/classes/" + id + "#sessions";
    }

    @PostMapping("/classes/{id}/sessions/{sessionId}/delete")
    String removeSession(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect) {
        try {
            planning.removeSession(id, sessionId);
            redirect.addFlashAttribute("message", "training.session.removed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("sessionRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id + "#sessions";
    }

    @PostMapping("/classes/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            planning.cancel(id);
            redirect.addFlashAttribute("message", "training.class.cancelled");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("classRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id;
    }

    private java.util.Map<Long, String> baseNames(java.util.List<TrainingClass> classes) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        bases.findAllById(classes.stream().map(TrainingClass::getBaseId).distinct().toList())
                .forEach(b -> names.put(b.getId(), b.getName()));
        return names;
    }

    static RecordNotFoundException notFound(long id) {
        return new RecordNotFoundException(ClassPlanning.ENTITY, id);
    }
}
