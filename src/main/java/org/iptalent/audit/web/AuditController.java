package org.iptalent.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.ChainVerification;
import org.iptalent.audit.internal.AuditChainVerifier;
import org.iptalent.audit.internal.AuditSearch;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditor's page: search the log, verify the chain. Nothing here can change an entry. */
@Controller
class AuditController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditSearch search;
    private final AuditChainVerifier verifier;
    private final AuditLog audit;

    AuditController(AuditSearch search, AuditChainVerifier verifier, AuditLog audit) {
        this.search = search;
        this.verifier = verifier;
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var criteria = new AuditSearch.Criteria(actor, action, entityType, entityId,
                from == null ? null : from.atStartOfDay(CHINA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant());
        model.addAttribute("page", PageRequests.withinResults(
                PageRequests.clamped(page, 50, PageRequests.DATABASE_WINDOW, Sort.unsorted()),
                request -> search.find(criteria, request)));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entityTypes", AuditTexts.ENTITY_TYPES);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/entries";
    }

    @PostMapping("/audit/verify")
    String verify(RedirectAttributes redirect) {
        ChainVerification result = verifier.verify();
        AuditEvent verified = AuditEvent.of(AuditAction.CHAIN_VERIFIED, "AuditLog", null);
        audit.record(result.intact() ? verified.message("audit.detail.chainIntact", result.entriesChecked())
                : verified.message("audit.detail.chainBroken", String.valueOf(result.brokenAtId()),
                        AuditText.message("audit.breach." + result.breach())));
        redirect.addFlashAttribute("verification", result);
        return "redirect:/audit";
    }
}
