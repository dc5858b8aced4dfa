package org.iptalent.training.nomination.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentCard;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.iptalent.training.nomination.EnrolmentOutcome;
import org.iptalent.training.nomination.NominationBoard;
import org.iptalent.training.nomination.NominationView;
import org.iptalent.training.nomination.Nominating;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Nominated classes: their list, and one class's nominations. The national office sets quotas per province, selects
 * or declines each nomination and enrols those selected; a provincial administrator sees their quota, searches their
 * province's talents to nominate, and withdraws a nomination not yet decided. Every refusal comes back on the page.
 */
@Controller
class NominationController {

    private static final int PAGE_SIZE = 20;
    private static final int CANDIDATES = 30;
    private static final String QUOTA_PARAM = "quota_";

    private final Nominating nominating;
    private final ReferenceData reference;

    NominationController(Nominating nominating, ReferenceData reference) {
        this.nominating = nominating;
        this.reference = reference;
    }

    @GetMapping("/nominations")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", PageRequests.withinResults(PageRequests.clamped(page, PAGE_SIZE,
                PageRequests.DATABASE_WINDOW, Sort.by(Sort.Direction.DESC, "startsOn").and(Sort.by("id"))),
                nominating::nominatedClasses));
        return "training/nomination/classes";
    }

    @GetMapping("/nominations/{classId}")
    String board(@PathVariable long classId, @RequestParam(defaultValue = "") String q, Model model) {
        NominationBoard board = nominating.board(classId);
        model.addAttribute("board", board);
        model.addAttribute("byProvince", board.nominations().stream().collect(Collectors.groupingBy(
                NominationView::provinceCode, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("q", q);
        model.addAttribute("provinceQuota", board.provinces().stream().collect(Collectors.toMap(
                org.iptalent.training.nomination.ProvinceQuota::provinceCode, p -> p)));
        if (!board.national()) {
            Set<Long> nominated = board.nominations().stream()
                    .filter(n -> n.status() != org.iptalent.training.nomination.Nomination.Status.WITHDRAWN)
                    .map(NominationView::talentId).collect(Collectors.toSet());
            List<TalentCard> candidates = List.of();
            try {
                candidates = nominating.candidates(classId, q, CANDIDATES);
            } catch (BusinessRuleException e) {
                model.addAttribute("searchRefusals", Refusal.of(e));
            }
            model.addAttribute("candidates", candidates);
            model.addAttribute("nominatedIds", nominated);
        } else {
            model.addAttribute("provinces", reference.provinces().stream().filter(p -> p.isMainland()).toList());
            Map<String, Integer> quotaOf = new LinkedHashMap<>();
            board.provinces().forEach(p -> quotaOf.put(p.provinceCode(), p.quota()));
            model.addAttribute("quotaOf", quotaOf);
        }
        return "training/nomination/board";
    }

    @PostMapping("/nominations/{classId}/quotas")
    String quotas(@PathVariable long classId, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> param : params.entrySet()) {
                if (param.getKey().startsWith(QUOTA_PARAM)) {
                    String value = param.getValue() == null ? "" : param.getValue().trim();
                    quotas.put(param.getKey().substring(QUOTA_PARAM.length()), value.isEmpty() ? 0 : parse(value));
                }
            }
            nominating.setQuotas(classId, quotas);
            redirect.addFlashAttribute("message", "nomination.quotasSaved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("quotaRefusals", Refusal.of(e));
        }
        return "redirect:/nominations/" + classId + "#quotas";
    }

    @PostMapping("/nominations/{classId}/nominate")
    String nominate(@PathVariable long classId, @RequestParam(required = false) Long talentId,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String q,
            RedirectAttributes redirect) {
        try {
            if (talentId == null) {
                throw new BusinessRuleException("talentId", "nomination.talentRequired");
            }
            nominating.nominate(classId, talentId, reason);
            redirect.addFlashAttribute("message", "nomination.nominatedMessage");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("nominateRefusals", Refusal.of(e));
        }
        redirect.addAttribute("q", q);
        return "redirect:/nominations/" + classId;
    }

    @PostMapping("/nominations/{classId}/nominations/{id}/withdraw")
    String withdraw(@PathVariable long classId, @PathVariable long id, RedirectAttributes redirect) {
        return decide(classId, redirect, () -> nominating.withdraw(id), "nomination.withdrawnMessage");
    }

    @PostMapping("/nominations/{classId}/nominations/{id}/select")
    String select(@PathVariable long classId, @PathVariable long id, RedirectAttributes redirect) {
        return decide(classId, redirect, () -> nominating.select(id), "nomination.selectedMessage");
    }

    @PostMapping("/nominations/{classId}/nominations/{id}/decline")
    String decline(@PathVariable long classId, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return decide(classId, redirect, () -> nominating.decline(id, reason), "nomination.declinedMessage");
    }

    @PostMapping("/nominations/{classId}/enrol")
    String enrol(@PathVariable long classId, RedirectAttributes redirect) {
        try {
            EnrolmentOutcome outcome = nominating.enrolSelected(classId);
            redirect.addFlashAttribute("enrolment", outcome);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("boardRefusals", Refusal.of(e));
        }
        return "redirect:/nominations/" + classId;
    }

    private String decide(long classId, RedirectAttributes redirect, Runnable step, String message) {
        try {
            step.run();
            redirect.addFlashAttribute("message", message);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("boardRefusals", Refusal.of(e));
        }
        return "redirect:/nominations/" + classId + "#nominations";
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("quotas", "nomination.quotaInvalid", 0,
                    org.iptalent.training.nomination.QuotaRule.MAX_QUOTA);
        }
    }
}
