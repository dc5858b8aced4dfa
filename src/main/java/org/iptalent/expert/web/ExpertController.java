package org.iptalent.expert.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.expert.engagement.EngagementRecords;
import org.iptalent.expert.engagement.Evaluation;
import org.iptalent.expert.pool.CreditRecord;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertAvoidances;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.pool.ExpertView;
import org.iptalent.expert.pool.Renewals;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * An expert's profile with the forms that change it (standing, conflicts, leave, an engagement's evaluation), each
 * refusal shown in words at its form; and the appointment of a registry talent to the pool.
 */
@Controller
class ExpertController {

    private static final String FORM = "form";
    private static final int CREDIT_SHOWN = 20;
    private static final int TALENTS_FOUND = 20;

    private final ExpertRecords records;
    private final ExpertAvoidances avoidances;
    private final EngagementRecords engagements;
    private final CreditRecord credit;
    private final TalentRegistry registry;
    private final ExpertTexts texts;
    private final Clock clock;
    private final Renewals renewals;

    ExpertController(ExpertRecords records, ExpertAvoidances avoidances, EngagementRecords engagements,
            CreditRecord credit, TalentRegistry registry, ExpertTexts texts, Clock clock, Renewals renewals) {
        this.renewals = renewals;
        this.records = records;
        this.avoidances = avoidances;
        this.engagements = engagements;
        this.credit = credit;
        this.registry = registry;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/experts/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        ExpertView expert = records.get(id);
        model.addAttribute("expert", expert);
        model.addAttribute("categoryNames", texts.categoryNames());
        model.addAttribute("credit", credit.of(id, CREDIT_SHOWN));
        model.addAttribute("creditShown", CREDIT_SHOWN);
        model.addAttribute("engagements", engagements.ofExpert(id));
        model.addAttribute("transitions", List.of(Transition.values()).stream()
                .filter(t -> t != (expert.blacklisted() ? Transition.BLACKLIST : Transition.LIFT_BLACKLIST)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        // as the renewals list shows it, once the term's end comes near
        boolean ending = expert.termEndsOn() != null
                && !expert.termEndsOn().isAfter(LocalDate.now(clock).plusDays(Renewals.DAYS_AHEAD));
        model.addAttribute("reappointment", ending ? renewals.advice(id) : null);
        return "expert/expert";
    }

    @PostMapping("/experts/{id:\\d+}/transitions")
    String change(@PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) Transition transition, @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEndsOn,
            RedirectAttributes redirect) {
        if (transition == null) {
            redirect.addFlashAttribute("transitionRefusals", List.of(new Refusal(Outcomes.LABELS + "transition",
                    "field.required", List.of())));
        } else {
            Outcomes.flash(redirect, "transitionRefusals", "expert.page.changed",
                    () -> records.change(id, version, transition, reason, termStartsOn, termEndsOn));
        }
        return "redirect:/experts/" + id + "#standing";
    }

    @PostMapping("/experts/{id:\\d+}/conflicts")
    String declareConflict(@PathVariable long id, @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Outcomes.flash(redirect, "conflictRefusals", "expert.page.conflictDeclared",
                () -> avoidances.declareConflict(id, organisationId, note));
        return "redirect:/experts/" + id + "#conflicts";
    }

    @PostMapping("/experts/{id:\\d+}/conflicts/{conflictId:\\d+}/delete")
    String withdrawConflict(@PathVariable long id, @PathVariable long conflictId, RedirectAttributes redirect) {
        Outcomes.flash(redirect, "conflictRefusals", "expert.page.conflictWithdrawn",
                () -> avoidances.withdrawConflict(id, conflictId));
        return "redirect:/experts/" + id + "#conflicts";
    }

    @PostMapping("/experts/{id:\\d+}/leaves")
    String addLeave(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Outcomes.flash(redirect, "leaveRefusals", "expert.page.leaveAdded",
                () -> avoidances.addLeave(id, startsOn, endsOn, reason));
        return "redirect:/experts/" + id + "#leave";
    }

    @PostMapping("/experts/{id:\\d+}/engagements/{engagementId:\\d+}/evaluation")
    String evaluate(@PathVariable long id, @PathVariable long engagementId, @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer quality,
            @RequestParam(required = false) Integer timeliness, @RequestParam(required = false) Integer conduct,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        records.get(id);
        if (!Outcomes.flash(redirect, "evaluationRefusals", "expert.page.evaluated",
                () -> engagements.evaluate(engagementId, version, new Evaluation(endsOn, outcome, quality, timeliness,
                        conduct, note)))) {
            redirect.addFlashAttribute("refusedEngagement", engagementId);
        }
        return "redirect:/experts/" + id + "#engagement-" + engagementId;
    }

    @GetMapping("/experts/new")
    String newExpert(@RequestParam(required = false) Long talentId, Model model) {
        ExpertRecords.requireAdministrator();
        AppointForm form = AppointForm.starting(LocalDate.now(clock));
        form.setTalentId(talentId);
        model.addAttribute(FORM, form);
        return appointForm(form, model);
    }

    @PostMapping("/experts/new")
    String appoint(@ModelAttribute(FORM) AppointForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ExpertView expert = records.appoint(form.appointment());
                redirect.addFlashAttribute("message", "expert.page.appointed");
                return "redirect:/experts/" + expert.id();
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return appointForm(form, model);
    }

    /** Talents of the user's region a search by name or identity number finds (or the one with that record id). */
    @GetMapping("/experts/talents")
    String talents(@RequestParam(defaultValue = "") String talentQuery, Model model) {
        ExpertRecords.requireAdministrator();
        String q = talentQuery.strip();
        List<TalentCard> found = new ArrayList<>();
        boolean tooMany = false;
        if (q.matches("\\d{1,12}")) {
            registry.find(Long.parseLong(q)).ifPresent(t -> found.addAll(registry.cards(List.of(t.id())).values()));
        }
        if (!q.isEmpty() && found.isEmpty()) {
            try {
                found.addAll(registry.cohort(TalentCriteria.text(q), TALENTS_FOUND));
            } catch (BusinessRuleException e) {
                tooMany = true;
            }
        }
        model.addAttribute("talents", found);
        model.addAttribute("searched", !q.isEmpty());
        model.addAttribute("tooMany", tooMany);
        return "expert/talent-options :: options";
    }

    private String appointForm(AppointForm form, Model model) {
        model.addAttribute("categories", texts.categoriesInScope());
        model.addAttribute("duties", Duty.values());
        model.addAttribute("availabilities", Availability.values());
        // the talent chosen stays the list's option until another is searched
        model.addAttribute("talents", form.getTalentId() == null ? List.of()
                : registry.find(form.getTalentId()).map(t -> registry.cards(List.of(t.id())).values().stream()
                        .toList()).orElse(List.of()));
        model.addAttribute("searched", false);
        model.addAttribute("tooMany", false);
        return "expert/appoint";
    }
}
