package org.iptalent.training.rotation.web;

import java.util.List;

import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.RegionChoice;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.iptalent.training.rotation.Assignment;
import org.iptalent.training.rotation.CampaignInput;
import org.iptalent.training.rotation.CampaignRoster;
import org.iptalent.training.rotation.CampaignView;
import org.iptalent.training.rotation.CohortDefinition;
import org.iptalent.training.rotation.Coverage;
import org.iptalent.training.rotation.CoverageState;
import org.iptalent.training.rotation.RotationCampaign;
import org.iptalent.training.rotation.RotationCampaigning;
import org.iptalent.training.rotation.RotationClasses;
import org.iptalent.training.rotation.RotationReminders;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
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

/**
 * Rotation campaigns: the list, the launch form, and a campaign's page with its live coverage (refreshed by htmx),
 * its classes, assignment of members to them, reminders and its members by where they stand.
 */
@Controller
class RotationCampaignController {

    private static final String FORM = "campaign";
    private static final int PAGE_SIZE = 20;

    private final RotationCampaigning campaigning;
    private final RotationClasses rotationClasses;
    private final RotationReminders reminders;
    private final CampaignRoster roster;
    private final TalentRegistry registry;
    private final ReferenceData reference;
    private final java.time.Clock clock;

    RotationCampaignController(RotationCampaigning campaigning, RotationClasses rotationClasses,
            RotationReminders reminders, CampaignRoster roster, TalentRegistry registry, ReferenceData reference,
            java.time.Clock clock) {
        this.campaigning = campaigning;
        this.rotationClasses = rotationClasses;
        this.reminders = reminders;
        this.roster = roster;
        this.registry = registry;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/rotation-campaigns")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", PageRequests.withinResults(PageRequests.clamped(page, PAGE_SIZE,
                PageRequests.DATABASE_WINDOW, Sort.by(Sort.Direction.DESC, "cycleEnd").and(Sort.by("id"))),
                request -> campaigning.find(q, request)));
        model.addAttribute("q", q);
        return "training/rotation/campaigns";
    }

    @GetMapping("/rotation-campaigns/new")
    String initLaunch(Model model) {
        if (!model.containsAttribute(FORM)) {
            RegionScope scope = CurrentUser.require().scope();
            model.addAttribute(FORM, CampaignInput.empty(scope.regionCode()));
        }
        return form(model);
    }

    @PostMapping("/rotation-campaigns")
    String launch(@ModelAttribute(FORM) CampaignInput input, BindingResult form, Model model,
            RedirectAttributes redirect) {
        try {
            RotationCampaign campaign = campaigning.launch(input);
            redirect.addFlashAttribute("message", "rotation.campaign.launchedMessage");
            return "redirect:/rotation-campaigns/" + campaign.getId();
        } catch (BusinessRuleException e) {
            FormRefusals.bind(form, e);
            return form(model);
        }
    }

    private String form(Model model) {
        RegionScope scope = CurrentUser.require().scope();
        model.addAttribute("national", scope.isNational());
        model.addAttribute("regions", RegionChoice.within(reference, scope));
        model.addAttribute("teams", reference.terms(TaxonomyKind.TEAM));
        model.addAttribute("categories", reference.terms(TaxonomyKind.CATEGORY));
        model.addAttribute("qualificationTypes", reference.terms(TaxonomyKind.QUALIFICATION_TYPE));
        model.addAttribute("educations", reference.terms(TaxonomyKind.EDUCATION));
        model.addAttribute("disciplines", reference.terms(TaxonomyKind.DISCIPLINE));
        model.addAttribute("industryTree", reference.industryTree());
        model.addAttribute("statuses", List.of("ACTIVE", "LEFT", "RETIRED"));
        return "training/rotation/campaign-form";
    }

    @GetMapping("/rotation-campaigns/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) CoverageState state,
            @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "0") int page, Model model) {
        RotationCampaign campaign = campaigning.get(id);
        RotationCampaigning.Overview overview = campaigning.overview(id);
        CampaignView view = overview.view();
        Coverage coverage = overview.coverage();
        model.addAttribute("campaign", view);
        model.addAttribute("cohort", CohortDefinition.fromJson(view.cohort()));
        model.addAttribute("coverage", coverage);
        model.addAttribute("open", view.phase() != RotationCampaign.Phase.ENDED);
        model.addAttribute("classes", rotationClasses.of(id));
        model.addAttribute("linkable", view.phase() == RotationCampaign.Phase.ENDED ? List.of()
                : rotationClasses.linkable(id));
        String regionFilter = coverage.regions().stream().anyMatch(r -> r.regionCode().equals(region)) ? region : "";
        String pattern = regionFilter.isEmpty() ? "%"
                : campaign.getRegionCode() == null ? RegionScope.of(regionFilter).likePattern() : regionFilter;
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.unsorted());
        Page<CampaignRoster.Member> members = PageRequests.withinResults(request, r -> roster.members(campaign,
                state, pattern, java.time.LocalDate.now(clock), r));
        java.util.Map<Long, TalentCard> cards = registry.cards(members.getContent().stream()
                .map(CampaignRoster.Member::talentId).toList());
        model.addAttribute("members", members);
        model.addAttribute("cards", cards);
        model.addAttribute("state", state);
        model.addAttribute("region", regionFilter);
        model.addAttribute("states", CoverageState.values());
        return "training/rotation/campaign";
    }

    /** The coverage alone, for the page's periodic refresh. */
    @GetMapping("/rotation-campaigns/{id}/coverage")
    String coverage(@PathVariable long id, Model model) {
        RotationCampaigning.Overview overview = campaigning.overview(id);
        model.addAttribute("campaign", overview.view());
        model.addAttribute("coverage", overview.coverage());
        return "training/rotation/coverage :: coverage";
    }

    @PostMapping("/rotation-campaigns/{id}/classes")
    String link(@PathVariable long id, @RequestParam(required = false) Long classId, RedirectAttributes redirect) {
        try {
            if (classId == null) {
                throw new BusinessRuleException("classId", "rotation.class.choose");
            }
            rotationClasses.link(id, classId);
            redirect.addFlashAttribute("message", "rotation.class.linked");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("classRefusals", Refusal.of(e));
        }
        return "redirect:/rotation-campaigns/" + id + "#classes";
    }

    @PostMapping("/rotation-campaigns/{id}/classes/{classId}/assign")
    String assign(@PathVariable long id, @PathVariable long classId, @RequestParam(defaultValue = "") String city,
            RedirectAttributes redirect) {
        try {
            Assignment assignment = rotationClasses.assign(id, classId, city);
            redirect.addFlashAttribute("assignment", assignment);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("classRefusals", Refusal.of(e));
        }
        return "redirect:/rotation-campaigns/" + id + "#classes";
    }

    @PostMapping("/rotation-campaigns/{id}/reminders")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("reminded", reminders.remind(id));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("campaignRefusals", Refusal.of(e));
        }
        return "redirect:/rotation-campaigns/" + id;
    }

    @PostMapping("/rotation-campaigns/{id}/members")
    String addMembers(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("membersAdded", campaigning.addMembers(id));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("campaignRefusals", Refusal.of(e));
        }
        return "redirect:/rotation-campaigns/" + id;
    }
}
