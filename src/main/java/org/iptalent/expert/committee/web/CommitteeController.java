package org.iptalent.expert.committee.web;

import java.time.LocalDate;
import java.util.List;

import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.CommitteeMember.Role;
import org.iptalent.expert.committee.Committees;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationRecords;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committees' pages for the administration: the region's committees (and a new one), a committee with its
 * members over time and its consultations, appointing, a member leaving, a consultation drafted. Services decide
 * who may; refusals are shown in words over the form.
 */
@Controller
class CommitteeController {

    /** The experts a search offers at once: more than this and the user types more of the name. */
    static final int CANDIDATES_SHOWN = 20;

    private final Committees committees;
    private final ConsultationRecords consultations;
    private final ReferenceData reference;

    CommitteeController(Committees committees, ConsultationRecords consultations, ReferenceData reference) {
        this.committees = committees;
        this.consultations = consultations;
        this.reference = reference;
    }

    @GetMapping("/experts/committees")
    String list(Model model) {
        List<CommitteeSummary> all = committees.list();
        RegionScope scope = RegionScope.current();
        model.addAttribute("committees", all);
        model.addAttribute("national", scope.isNational());
        model.addAttribute("provinces", reference.provinces().stream().filter(Division::isMainland)
                .filter(p -> scope.includes(p.code())).toList());
        return "expert/committees";
    }

    @PostMapping("/experts/committees")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Level level,
            @RequestParam(required = false) String provinceCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEndsOn,
            RedirectAttributes redirect) {
        CommitteeSummary[] created = new CommitteeSummary[1];
        boolean done = CommitteeOutcomes.flash(redirect, "committeeRefusals", "expert.committee.page.created",
                () -> created[0] = committees.create(new NewCommittee(name, level, provinceCode, termStartsOn,
                        termEndsOn)));
        if (!done) {
            redirect.addFlashAttribute("draftName", name);
            return "redirect:/experts/committees#new-committee";
        }
        return "redirect:/experts/committees/" + created[0].id();
    }

    /**
     * A committee's page: its members (it may hold hundreds over its terms) and its consultations, each list paged
     * by a parameter of its own so that turning one keeps the other where it was.
     */
    @GetMapping("/experts/committees/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int consultationPage, Model model) {
        model.addAttribute("committee", committees.summary(id));
        model.addAttribute("members", PageRequests.withinResults(PageRequests.clamped(page, Committees.MEMBERS_PAGE,
                PageRequests.DATABASE_WINDOW, Committees.MEMBER_ORDER), r -> committees.members(id, r)));
        model.addAttribute("consultations", PageRequests.withinResults(PageRequests.clamped(consultationPage,
                ConsultationRecords.CONSULTATIONS_PAGE, PageRequests.DATABASE_WINDOW,
                ConsultationRecords.LATEST_FIRST), r -> consultations.list(id, r)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("expertQueryLength", Committees.QUERY_LENGTH);
        // the member form's list is empty until a name is searched
        model.addAttribute("experts", List.of());
        model.addAttribute("more", false);
        model.addAttribute("searched", false);
        return "expert/committee";
    }

    /** Appointed experts the committee may take, found by name (or number) as the member form's options (htmx). */
    @GetMapping("/experts/committees/{id:\\d+}/candidates")
    String candidates(@PathVariable long id, @RequestParam(defaultValue = "") String expertQuery, Model model) {
        // a search longer than the form's field allows is refused (400), which htmx leaves unswapped
        Committees.Candidates found = committees.candidates(id, expertQuery, CANDIDATES_SHOWN);
        model.addAttribute("experts", found.rows());
        model.addAttribute("more", found.more());
        model.addAttribute("searched", !expertQuery.isBlank());
        return "expert/expert-options :: options";
    }

    @PostMapping("/experts/committees/{id:\\d+}/members")
    String appoint(@PathVariable long id, @RequestParam(required = false) Long expertId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        CommitteeOutcomes.flash(redirect, "memberRefusals", "expert.committee.page.appointed",
                () -> committees.appoint(id, new NewMember(expertId, role, startsOn, endsOn)));
        return "redirect:/experts/committees/" + id + "#members";
    }

    @PostMapping("/experts/committees/{id:\\d+}/members/{memberId:\\d+}/leave")
    String leave(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        CommitteeOutcomes.flash(redirect, "memberRefusals", "expert.committee.page.left",
                () -> committees.leave(id, memberId, reason));
        return "redirect:/experts/committees/" + id + "#members";
    }

    @PostMapping("/experts/committees/{id:\\d+}/consultations")
    String draft(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            java.time.LocalDateTime deadline, RedirectAttributes redirect) {
        ConsultationView[] created = new ConsultationView[1];
        boolean done = CommitteeOutcomes.flash(redirect, "consultationRefusals",
                "expert.consultation.page.drafted", () -> created[0] = consultations.create(id,
                        new Draft(title, question, ConsultationController.instant(deadline))));
        if (!done) {
            redirect.addFlashAttribute("draftTitle", title);
            redirect.addFlashAttribute("draftQuestion", question);
            return "redirect:/experts/committees/" + id + "#new-consultation";
        }
        return "redirect:/experts/committees/consultations/" + created[0].id();
    }
}
