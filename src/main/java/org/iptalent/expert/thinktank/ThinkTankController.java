package org.iptalent.expert.thinktank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.expert.thinktank.ThinkTankViews.Detail;
import org.iptalent.expert.thinktank.ThinkTankViews.MemberRole;
import org.iptalent.platform.file.UploadedFiles.StoredFile;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The think tank pages: the list with the reports' search and facets, a think tank's page with its members, topics
 * and reports and the forms that add to them (each refusal shown in words at its form), and the founding form.
 */
@Controller
class ThinkTankController {

    static final String LABELS = "thinktank.label.";
    private static final int PAGE_SIZE = 20;
    /** Think tanks per page of the list above the reports (these page by thinkTankPage, the reports by page). */
    static final int THINK_TANKS_PAGE = 20;
    /** The experts the member form offers by name; any other appointed expert is added by id. */
    private static final int CANDIDATES_SHOWN = 300;

    private final ThinkTankRecords thinkTanks;
    private final ThinkTankMembers members;
    private final TopicRecords topics;
    private final ReportRecords reports;
    private final ReportSearch search;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    ThinkTankController(ThinkTankRecords thinkTanks, ThinkTankMembers members, TopicRecords topics,
            ReportRecords reports, ReportSearch search, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.thinkTanks = thinkTanks;
        this.members = members;
        this.topics = topics;
        this.reports = reports;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/experts/think-tanks")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String thinkTank,
            @RequestParam(required = false) String topicState, @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int thinkTankPage,
            java.util.Locale locale, Model model) {
        ExpertRecords.requireAdministrator();
        model.addAttribute("q", q);
        model.addAttribute("filters", ThinkTankFacets.filters(thinkTank, topicState, year));
        ReportHits hits = new ReportHits(List.of(), 0, 0, PAGE_SIZE, Map.of());
        Page<ThinkTankViews.Summary> found = Page.empty();
        try {
            // a page typed beyond the last shows the last one, as every list in the browser
            found = PageRequests.withinResults(PageRequests.clamped(thinkTankPage, THINK_TANKS_PAGE,
                    PageRequests.SEARCH_WINDOW, Sort.unsorted()),
                    r -> thinkTanks.list(q, r.getPageNumber(), r.getPageSize()));
            hits = search.search(new ReportCriteria(q, ThinkTankFacets.number(thinkTank, "thinkTank"), topicState,
                    ThinkTankFacets.number(year, "year") == null ? null
                            : ThinkTankFacets.number(year, "year").intValue()), page, PAGE_SIZE);
        } catch (BusinessRuleException e) {
            model.addAttribute("searchRefusals", Refusal.of(e, LABELS));
        }
        model.addAttribute("thinkTanks", found);
        model.addAttribute("hits", hits);
        List<Long> facetTanks = hits.facets().getOrDefault(ReportHits.Facet.THINK_TANK, List.of()).stream()
                .map(c -> Long.valueOf(c.code())).toList();
        model.addAttribute("facets", ThinkTankFacets.rows(hits, thinkTanks.names(facetTanks),
                state -> messages.getMessage("thinktank.topic.state." + state, null, state, locale), q, thinkTank,
                topicState, year));
        model.addAttribute("clearHref", ThinkTankFacets.filters(thinkTank, topicState, year).isEmpty() ? null
                : ThinkTankFacets.href(q, Map.of()));
        model.addAttribute("lastPage", (int) Math.min(hits.totalPages(), 10_000 / PAGE_SIZE) - 1);
        return "expert/think-tanks";
    }

    @GetMapping("/experts/think-tanks/new")
    String newThinkTank(Model model) {
        ExpertRecords.requireAdministrator();
        model.addAttribute("input", new ThinkTankInput(null, null, null, null, null));
        return "expert/think-tank-form";
    }

    @PostMapping("/experts/think-tanks/new")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Long hostOrganisationId,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
            Model model, RedirectAttributes redirect) {
        ThinkTankInput input = new ThinkTankInput(name, regionCode, hostOrganisationId, description, foundedOn);
        try {
            Detail created = thinkTanks.create(input);
            redirect.addFlashAttribute("message", "thinktank.page.created");
            return "redirect:/experts/think-tanks/" + created.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("input", input);
            model.addAttribute("refusals", Refusal.of(e, LABELS));
            return "expert/think-tank-form";
        }
    }

    @GetMapping("/experts/think-tanks/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int memberPage,
            @RequestParam(defaultValue = "0") int topicPage, @RequestParam(defaultValue = "0") int reportPage,
            Model model) {
        // each list pages by its own parameter: turning one keeps the others where they were
        model.addAttribute("sheet", thinkTanks.sheet(id, memberPage, topicPage, reportPage));
        model.addAttribute("candidates", members.candidates(id, CANDIDATES_SHOWN));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "expert/think-tank";
    }

    /** A report found by the search, on the page of the think tank's reports that holds it. */
    @GetMapping("/experts/think-tanks/{id:\\d+}/reports/{reportId:\\d+}")
    String report(@PathVariable long id, @PathVariable long reportId) {
        return "redirect:/experts/think-tanks/" + id + "?reportPage=" + thinkTanks.reportPage(id, reportId)
                + "#report-" + reportId;
    }

    @PostMapping("/experts/think-tanks/{id:\\d+}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) String expertId,
            @RequestParam(required = false) MemberRole role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            RedirectAttributes redirect) {
        flash(redirect, "memberRefusals", "thinktank.page.memberAdded",
                () -> members.add(id, ThinkTankFacets.number(expertId, "expertId"), role, since));
        return "redirect:/experts/think-tanks/" + id + "#members";
    }

    @PostMapping("/experts/think-tanks/{id:\\d+}/members/{memberId:\\d+}/end")
    String endMember(@PathVariable long id, @PathVariable long memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            RedirectAttributes redirect) {
        flash(redirect, "memberRefusals", "thinktank.page.memberEnded", () -> members.end(id, memberId, until));
        return "redirect:/experts/think-tanks/" + id + "#members";
    }

    @PostMapping("/experts/think-tanks/{id:\\d+}/topics")
    String propose(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Long leadMemberId, RedirectAttributes redirect) {
        flash(redirect, "topicRefusals", "thinktank.page.topicProposed",
                () -> topics.propose(id, new TopicInput(title, description, startsOn, endsOn, leadMemberId)));
        return "redirect:/experts/think-tanks/" + id + "#topics";
    }

    @PostMapping("/experts/think-tanks/{id:\\d+}/topics/{topicId:\\d+}/state")
    String move(@PathVariable long id, @PathVariable long topicId, @RequestParam long version,
            @RequestParam(required = false) State state, RedirectAttributes redirect) {
        flash(redirect, "topicRefusals", "thinktank.page.topicMoved",
                () -> topics.moveTo(id, topicId, version, state));
        return "redirect:/experts/think-tanks/" + id + "#topics";
    }

    @PostMapping("/experts/think-tanks/{id:\\d+}/reports")
    String publish(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String abstractText, @RequestParam(required = false) Long topicId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        if (!flash(redirect, "reportRefusals", "thinktank.page.reportPublished",
                () -> reports.publish(id, new ReportInput(title, abstractText, topicId, publishedOn), file))) {
            // what was typed stays in the form; the file has to be chosen again
            redirect.addFlashAttribute("reportTitle", title);
            redirect.addFlashAttribute("reportAbstract", abstractText);
        }
        return "redirect:/experts/think-tanks/" + id + "#reports";
    }

    @GetMapping("/experts/think-tanks/{id:\\d+}/reports/{reportId:\\d+}/file")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long reportId) {
        StoredFile file = reports.file(id, reportId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ThinkTankApiController.disposition(file.name()))
                .body(file.content());
    }

    private static boolean flash(RedirectAttributes redirect, String refusals, String message, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message);
            return true;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(refusals, Refusal.of(e, LABELS));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(refusals, Refusal.of("thinktank.page.changedMeanwhile"));
        }
        return false;
    }
}
