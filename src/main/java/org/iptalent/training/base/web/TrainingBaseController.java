package org.iptalent.training.base.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.training.base.BaseCriteria;
import org.iptalent.training.base.BaseLevel;
import org.iptalent.training.base.BasePermissions;
import org.iptalent.training.base.BaseRow;
import org.iptalent.training.base.BaseStatus;
import org.iptalent.training.base.BaseView;
import org.iptalent.training.base.ProvinceCount;
import org.iptalent.training.base.TrainingBaseRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The training bases' pages: the list with its filters and the map of China beside it, a base's page (history,
 * managers, specialities, assessments) with its small forms, and the designation and edit forms. What a user may
 * see and change is the service's rule; the pages only offer what it would allow.
 */
@Controller
class TrainingBaseController {

    private static final String FORM = "form";
    private static final String CONTACT = "contact";
    private static final int PAGE_SIZE = 20;

    private final TrainingBaseRecords records;
    private final org.iptalent.training.base.BaseReviews reviews;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String mapUrl;

    TrainingBaseController(TrainingBaseRecords records, org.iptalent.training.base.BaseReviews reviews,
            ReferenceData reference, MessageSource messages, JsonMapper json,
            @Value("${iptalent.training.bases.map-url:/geo/china-provinces.json}") String mapUrl) {
        this.records = records;
        this.reviews = reviews;
        this.reference = reference;
        this.messages = messages;
        this.json = json;
        this.mapUrl = mapUrl;
    }

    /** Whether a user has bases to see: an administrator with a region, or a base's manager. */
    static boolean seesBases(CurrentUser user) {
        return !user.scope().isNothing() || user.has(Role.TRAINING_BASE_MANAGER);
    }

    @GetMapping("/training-bases")
    String list(@RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String province,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String speciality,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        BaseCriteria criteria = new BaseCriteria(level, province, status, speciality, q);
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.by("name"));
        Page<BaseRow> rows;
        List<ProvinceCount> counts;
        try {
            rows = PageRequests.withinResults(request, r -> records.find(criteria, r));
            counts = records.countsByProvince(criteria);
        } catch (BusinessRuleException e) {
            // a filter naming nothing: said over the form, and nothing listed
            model.addAttribute("refusals", Refusal.of(e, "trainingBase."));
            rows = Page.empty(request);
            counts = List.of();
        }
        model.addAttribute("page", rows);
        model.addAttribute("criteria", criteria);
        model.addAttribute("levels", BaseLevel.values());
        model.addAttribute("statuses", BaseStatus.values());
        model.addAttribute("mapData", mapData(counts, locale));
        model.addAttribute("mapUrl", mapUrl);
        model.addAttribute("mayDesignate", records.mayDesignate());
        model.addAttribute("national", CurrentUser.require().has(Role.NATIONAL_ADMIN));
        // a reviewer who sees the bases anyway has no navigation link to their reviews: the list offers them
        model.addAttribute("hasReviews", reviews.hasPending(CurrentUser.require().id()));
        return "training-base/list";
    }

    /** The map's data: every mainland province with its counts by level, named in the reader's language. */
    private String mapData(List<ProvinceCount> counts, Locale locale) {
        Map<String, ProvinceCount> byCode = new LinkedHashMap<>();
        counts.forEach(c -> byCode.put(c.provinceCode(), c));
        List<Map<String, Object>> provinces = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Division division : reference.provinces()) {
            names.put(division.code(), BaseLabels.shortName(division, locale));
            if (!division.isMainland()) {
                continue;
            }
            ProvinceCount count = byCode.getOrDefault(division.code(), new ProvinceCount(division.code(), 0, 0));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", division.code());
            row.put("name", BaseLabels.shortName(division, locale));
            row.put("national", count.national());
            row.put("local", count.local());
            provinces.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("provinces", provinces);
        // every province's name, Taiwan, Hong Kong and Macao too, which the map draws without a count
        data.put("names", names);
        data.put("labels", Map.of("NATIONAL", message("trainingBase.level.NATIONAL", locale), "LOCAL",
                message("trainingBase.level.LOCAL", locale), "ALL", message("trainingBase.map.all", locale),
                "tooltip", message("trainingBase.map.tooltip", locale)));
        return json.writeValueAsString(data);
    }

    @GetMapping("/training-bases/new")
    String newBase(Model model) {
        if (!records.mayDesignate()) {
            throw new org.iptalent.shared.AccessDeniedException("trainingBase.notAllowed");
        }
        if (!model.containsAttribute(FORM)) {
            BaseForm form = new BaseForm();
            form.setLevel(CurrentUser.require().has(Role.NATIONAL_ADMIN) ? BaseLevel.NATIONAL.name()
                    : BaseLevel.LOCAL.name());
            model.addAttribute(FORM, form);
        }
        formModel(model, null);
        return "training-base/form";
    }

    @PostMapping("/training-bases")
    String create(@ModelAttribute(FORM) BaseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormValues values = new FormValues();
        try {
            BaseView created = records.create(form.toInput(values));
            redirect.addFlashAttribute("message", "trainingBase.created");
            return "redirect:/training-bases/" + created.id();
        } catch (InvalidInputException e) {
            FormRefusals.bind(binding, values.merged(e));
        } catch (org.iptalent.shared.AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            FormRefusals.bind(binding, e);
        }
        formModel(model, null);
        return "training-base/form";
    }

    @GetMapping("/training-bases/{id}")
    String show(@PathVariable long id, Model model) {
        BaseView base = records.get(id);
        BasePermissions permissions = records.permissions(id);
        model.addAttribute("base", base);
        model.addAttribute("permissions", permissions);
        List<org.iptalent.training.base.StatusStep> history = new ArrayList<>(base.history());
        java.util.Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("managers", records.managers(id));
        model.addAttribute("assessments", records.assessments(id));
        model.addAttribute("targets", java.util.Arrays.stream(BaseStatus.values())
                .filter(s -> base.status().canBecome(s)).toList());
        return "training-base/base";
    }

    @GetMapping("/training-bases/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        BaseView base = records.get(id);
        BasePermissions permissions = records.permissions(id);
        if (!permissions.editContact()) {
            throw new org.iptalent.shared.AccessDeniedException("trainingBase.notAllowed");
        }
        if (permissions.administer() && !model.containsAttribute(FORM)) {
            model.addAttribute(FORM, BaseForm.of(base));
        }
        if (!permissions.administer() && !model.containsAttribute(CONTACT)) {
            model.addAttribute(CONTACT, ContactForm.of(base));
        }
        model.addAttribute("base", base);
        model.addAttribute("permissions", permissions);
        formModel(model, base);
        return permissions.administer() ? "training-base/form" : "training-base/contact";
    }

    @PostMapping("/training-bases/{id}")
    String update(@PathVariable long id, @RequestParam long version, @ModelAttribute(FORM) BaseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        FormValues values = new FormValues();
        try {
            records.update(id, version, form.toInput(values));
            redirect.addFlashAttribute("message", "trainingBase.updated");
            return "redirect:/training-bases/" + id;
        } catch (InvalidInputException e) {
            FormRefusals.bind(binding, values.merged(e));
        } catch (org.iptalent.shared.AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            FormRefusals.bind(binding, e);
        }
        return edit(id, model);
    }

    @PostMapping("/training-bases/{id}/contact")
    String contact(@PathVariable long id, @RequestParam long version, @ModelAttribute(CONTACT) ContactForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            records.updateContact(id, version, form.toInput());
            redirect.addFlashAttribute("message", "trainingBase.updated");
            return "redirect:/training-bases/" + id;
        } catch (org.iptalent.shared.AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            FormRefusals.bind(binding, e);
        }
        return edit(id, model);
    }

    @PostMapping("/training-bases/{id}/status")
    String status(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            records.changeStatus(id, version, status, reason);
            redirect.addFlashAttribute("message", "trainingBase.statusChanged");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("statusRefusals", Refusal.of(e, "trainingBase."));
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/training-bases/" + id;
    }

    @PostMapping("/training-bases/{id}/managers")
    String addManager(@PathVariable long id, @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        try {
            records.addManager(id, username);
            redirect.addFlashAttribute("message", "trainingBase.manager.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("managerRefusals", Refusal.of(e));
            redirect.addFlashAttribute("username", username);
        }
        return "redirect:/training-bases/" + id;
    }

    @PostMapping("/training-bases/{id}/managers/{userId}/remove")
    String removeManager(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        records.removeManager(id, userId);
        redirect.addFlashAttribute("message", "trainingBase.manager.removed");
        return "redirect:/training-bases/" + id;
    }

    /** The host organisations matching what the administrator types, as the options of the form's list (htmx). */
    @GetMapping("/training-bases/hosts")
    String hosts(@RequestParam(defaultValue = "") String hostQuery, Model model) {
        model.addAttribute("hosts", records.hostCandidates(hostQuery, PageRequest.of(0, 20, Sort.by("name"))));
        model.addAttribute("searched", !hostQuery.isBlank());
        return "training-base/hosts :: options";
    }

    private void formModel(Model model, BaseView base) {
        model.addAttribute("regions", RegionChoice.within(reference, CurrentUser.require().has(Role.NATIONAL_ADMIN)
                ? RegionScope.national() : CurrentUser.require().scope()));
        model.addAttribute("levels", CurrentUser.require().has(Role.NATIONAL_ADMIN) ? List.of(BaseLevel.values())
                : List.of(BaseLevel.LOCAL));
        Object form = model.getAttribute(FORM);
        // the host chosen (or on record) stays the list's option until another is searched
        List<OrganisationView> hosts = new ArrayList<>();
        if (form instanceof BaseForm typed && typed.getHostOrganisationId() != null) {
            try {
                long hostId = Long.parseLong(typed.getHostOrganisationId().trim());
                if (base != null && base.hostOrganisationId() == hostId) {
                    hosts.add(new OrganisationView(hostId, 0, base.hostOrganisationName(), null, null, null, null,
                            true));
                } else {
                    hosts.addAll(records.hostCandidate(hostId).stream().toList());
                }
            } catch (NumberFormatException e) {
                // nothing chosen that exists: the list starts empty
            }
        }
        model.addAttribute("hosts", hosts);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
