package org.iptalent.registry.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditLog;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentHits;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.export.TalentExport;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.registry.internal.search.TalentSearchLimits;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ExportFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** The registry's pages: search with facets, the profile, the create and edit forms. */
@Controller
class TalentController {

    private static final int PAGE_SIZE = 20;

    private final TalentSearch search;
    private final TalentRecords records;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final TalentExport export;
    private final org.iptalent.registry.internal.TalentMerge merge;

    /** Another module's section of the profile, ready to render. */
    record ProfileSection(String template, java.util.Map<String, Object> model) {
    }

    private final java.util.List<org.iptalent.registry.TalentProfileSection> sections;
    private final org.iptalent.registry.TalentAccounts talentAccounts;
    private final Labels labels;

    TalentController(TalentSearch search, TalentRecords records, ReferenceData reference, AuditLog audit,
            TalentExport export, org.iptalent.registry.internal.TalentMerge merge,
            java.util.List<org.iptalent.registry.TalentProfileSection> sections,
            org.iptalent.registry.TalentAccounts talentAccounts, Labels labels) {
        this.talentAccounts = talentAccounts;
        this.labels = labels;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(org.iptalent.registry.TalentProfileSection::order)).toList();
        this.merge = merge;
        this.export = export;
        this.search = search;
        this.records = records;
        this.reference = reference;
        this.audit = audit;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/talents")
    String list(@ModelAttribute("criteria") TalentCriteria criteria, BindingResult form,
            @RequestParam(defaultValue = "0") int page, java.util.Locale locale, Model model) {
        TalentHits hits;
        try {
            // a page typed beyond the 10,000 hits the index pages to shows the last reachable one
            hits = search.search(criteria, PageRequests.clampedPage(page, PAGE_SIZE, PageRequests.SEARCH_WINDOW),
                    PAGE_SIZE);
            // and a page beyond the last hit shows the last page, not "page 500 of 93" over no rows
            long pages = (hits.total() + PAGE_SIZE - 1) / PAGE_SIZE;
            if (hits.rows().isEmpty() && pages > 0 && hits.page() >= pages) {
                hits = search.search(criteria, (int) pages - 1, PAGE_SIZE);
            }
        } catch (BusinessRuleException e) {
            // a text too long or a sort the page does not offer: said on the search form, over an empty result
            FormRefusals.bind(form, e);
            hits = new TalentHits(List.of(), 0, true, 0, PAGE_SIZE, Map.of());
        }
        model.addAttribute("hits", hits);
        // the pager goes no deeper than the search does, and counts only the pages it can reach
        int lastPage = (int) (PageRequests.SEARCH_WINDOW / PAGE_SIZE) - 1;
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("reachablePages", Math.min(hits.totalPages(), lastPage + 1));
        model.addAttribute("filters", filters(criteria));
        SearchLinks links = new SearchLinks(criteria);
        model.addAttribute("links", links);
        model.addAttribute("facets", links.facets(hits, labels, locale));
        model.addAttribute("mayUnmask", export.mayUnmask());
        model.addAttribute("reference", reference);
        return "registry/talents";
    }

    /** The filtered list as a file, sensitive fields masked. */
    @GetMapping("/talents/export")
    void export(TalentCriteria criteria, @RequestParam(defaultValue = "xlsx") String format,
            java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        if (refused(criteria, response)) {
            return;
        }
        ExportFormat f = "csv".equalsIgnoreCase(format) ? ExportFormat.CSV : ExportFormat.XLSX;
        attachment(response, f, export.fileName(f, false, locale));
        export.write(criteria, f, false, null, locale, response.getOutputStream());
    }

    /** The same in clear, for permitted roles, with a reason that goes into the audit log. */
    @PostMapping("/talents/export")
    String exportUnmasked(TalentCriteria criteria, @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String reason, java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        try {
            TalentSearchLimits.check(criteria);
            export.check(true, reason);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("exportRefusals", Refusal.of(e));
            return "redirect:" + new SearchLinks(criteria).page(0);
        }
        ExportFormat f = "csv".equalsIgnoreCase(format) ? ExportFormat.CSV : ExportFormat.XLSX;
        attachment(response, f, export.fileName(f, true, locale));
        export.write(criteria, f, true, reason, locale, response.getOutputStream());
        return null;
    }

    /** An export of a search the page would refuse goes back to the page, which says why. */
    private static boolean refused(TalentCriteria criteria, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        try {
            TalentSearchLimits.check(criteria);
            return false;
        } catch (BusinessRuleException e) {
            response.sendRedirect(new SearchLinks(criteria).page(0));
            return true;
        }
    }

    private static void attachment(jakarta.servlet.http.HttpServletResponse response, ExportFormat format,
            String name) {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(name));
    }

    @GetMapping("/talents/{id}")
    String profile(@PathVariable long id, Model model) {
        TalentView talent = records.get(id);
        model.addAttribute("talent", talent);
        model.addAttribute("flows", records.flows(id));
        model.addAttribute("history", merge.history(id));
        model.addAttribute("reference", reference);
        model.addAttribute("qualificationTypes", reference.terms(TaxonomyKind.QUALIFICATION_TYPE));
        model.addAttribute("titleLevels", reference.terms(TaxonomyKind.TITLE_LEVEL));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("hasAccount", talentAccounts.accountOf(id).isPresent());
        model.addAttribute("sections", sections.stream()
                .map(s -> new ProfileSection(s.template(), s.model(id, locale))).toList());
        return "registry/talent";
    }

    @GetMapping("/talents/new")
    String initCreate(Model model) {
        model.addAttribute("form", new TalentForm());
        return form(model, null);
    }

    @PostMapping("/talents/new")
    String processCreate(@ModelAttribute("form") TalentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            TalentView created = records.create(form.toInput(form.getIdentityNumber(), form.getMobile(),
                    form.getEmail()), Talent.Source.MANUAL);
            redirect.addFlashAttribute("message", "talent.created");
            return "redirect:/talents/" + created.id();
        } catch (InvalidInputException e) {
            FormRefusals.bind(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/talents/{id}/edit")
    String initEdit(@PathVariable long id, Model model) {
        TalentView talent = records.get(id);
        model.addAttribute("form", TalentForm.of(talent));
        return form(model, talent);
    }

    @PostMapping("/talents/{id}/edit")
    String processEdit(@PathVariable long id, @ModelAttribute("form") TalentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        TalentView talent = records.get(id);
        // sensitive fields are never sent to the browser: left empty, they keep their value unless removal is ticked
        var current = records.sensitive(id);
        TalentInput input = form.toInput(entered(form.getIdentityNumber(), current.identityNumber(), false),
                entered(form.getMobile(), current.mobile(), form.isClearMobile()),
                entered(form.getEmail(), current.email(), form.isClearEmail()));
        try {
            records.update(id, form.getVersion(), input, Talent.Source.MANUAL);
            redirect.addFlashAttribute("message", "talent.saved");
            return "redirect:/talents/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.staleEdit");
        } catch (InvalidInputException e) {
            FormRefusals.bind(result, e);
        }
        return form(model, talent);
    }

    @PostMapping("/talents/{id}/merge")
    String mergeDuplicate(@PathVariable long id, @RequestParam(required = false) Long duplicateId,
            RedirectAttributes redirect) {
        try {
            if (duplicateId == null) {
                throw new BusinessRuleException("duplicateId", "talent.merge.same");
            }
            merge.merge(id, duplicateId);
            redirect.addFlashAttribute("message", "talent.merge.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("mergeRefusals", Refusal.of(e));
        }
        return "redirect:/talents/" + id;
    }

    @PostMapping("/talents/{id}/account")
    String linkAccount(@PathVariable long id, @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        try {
            talentAccounts.link(id, username);
            redirect.addFlashAttribute("message", "talent.account.linked");
        } catch (org.iptalent.shared.BusinessRuleException e) {
            redirect.addFlashAttribute("accountRefusals", Refusal.of(e));
        }
        return "redirect:/talents/" + id + "#account";
    }

    @PostMapping("/talents/{id}/qualifications")
    String addQualification(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String titleLevel, @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes redirect) {
        try {
            records.addQualification(id, type, titleLevel, number, issuer, issuedOn, expiresOn);
            redirect.addFlashAttribute("message", "talent.qualification.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("qualificationRefusals", Refusal.of(e, "talent.qualification."));
        }
        return "redirect:/talents/" + id + "#qualifications";
    }

    @PostMapping("/talents/{id}/qualifications/{qualificationId}/delete")
    String removeQualification(@PathVariable long id, @PathVariable long qualificationId, RedirectAttributes redirect) {
        records.removeQualification(id, qualificationId);
        redirect.addFlashAttribute("message", "talent.qualification.removed");
        return "redirect:/talents/" + id + "#qualifications";
    }

    private String form(Model model, TalentView talent) {
        model.addAttribute("talent", talent);
        model.addAttribute("regions", RegionChoice.within(reference, RegionScope.current()));
        model.addAttribute("reference", reference);
        Map<org.iptalent.reference.Term, List<org.iptalent.reference.Term>> categoriesByTeam = new LinkedHashMap<>();
        reference.terms(TaxonomyKind.TEAM).forEach(team -> categoriesByTeam.put(team,
                reference.children(TaxonomyKind.CATEGORY, team.code())));
        model.addAttribute("categoriesByTeam", categoriesByTeam);
        model.addAttribute("industryTree", reference.industryTree());
        model.addAttribute("educations", reference.terms(TaxonomyKind.EDUCATION));
        model.addAttribute("disciplines", reference.terms(TaxonomyKind.DISCIPLINE));
        model.addAttribute("statuses", Talent.Status.values());
        return "registry/talent-form";
    }

    /** The facet filters in force, for the "remove this filter" chips. */
    private static Map<String, String> filters(TalentCriteria c) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "province", c.province());
        put(filters, "city", c.city());
        put(filters, "team", c.team());
        put(filters, "category", c.category());
        put(filters, "qualification", c.qualification());
        put(filters, "education", c.education());
        put(filters, "discipline", c.discipline());
        put(filters, "industry", c.industry());
        put(filters, "status", c.status());
        return filters;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** A sensitive field as edited: removed when asked, kept when left empty, else what was typed. */
    private static String entered(String typed, String current, boolean remove) {
        return remove ? null : blank(typed) ? current : typed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
