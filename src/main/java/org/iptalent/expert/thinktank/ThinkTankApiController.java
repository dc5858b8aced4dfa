package org.iptalent.expert.thinktank;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.thinktank.ReportHits.Facet;
import org.iptalent.expert.thinktank.ReportHits.FacetCount;
import org.iptalent.expert.thinktank.ReportHits.ReportCard;
import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.expert.thinktank.ThinkTankViews.Detail;
import org.iptalent.expert.thinktank.ThinkTankViews.Member;
import org.iptalent.expert.thinktank.ThinkTankViews.MemberRole;
import org.iptalent.expert.thinktank.ThinkTankViews.Report;
import org.iptalent.expert.thinktank.ThinkTankViews.Summary;
import org.iptalent.expert.thinktank.ThinkTankViews.Topic;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.file.UploadedFiles.StoredFile;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PagedModel.PageMetadata;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Think tanks for administrators of their region: listed, searched, read, with members, topics and reports. */
@RestController
@RequestMapping("/api/v1/think-tanks")
@Tag(name = "Think tanks")
class ThinkTankApiController {

    private final ThinkTankRecords thinkTanks;
    private final ThinkTankMembers members;
    private final TopicRecords topics;
    private final ReportRecords reports;
    private final ReportSearch search;

    ThinkTankApiController(ThinkTankRecords thinkTanks, ThinkTankMembers members, TopicRecords topics,
            ReportRecords reports, ReportSearch search) {
        this.thinkTanks = thinkTanks;
        this.members = members;
        this.topics = topics;
        this.reports = reports;
        this.search = search;
    }

    record MemberRequest(Long expertId, MemberRole role, LocalDate since) {
    }

    record StateRequest(State state, Long version) {
    }

    /** A page of report cards, the page's figures, and each facet's counts over every match. */
    record ReportPage(List<ReportCard> content, PageMetadata page, Map<Facet, List<FacetCount>> facets) {
    }

    @GetMapping
    @Operation(summary = "List think tanks", description = "The think tanks of your region whose name contains q, "
            + "by name, with their current members', topics' and reports' counts.")
    @ApiProblem(status = 400, description = "q longer than 100 characters, a negative page or a size outside 1 to "
            + "100.")
    PagedModel<Summary> list(@Parameter(description = "Part of the name.") @RequestParam(required = false) String q,
            @Parameter(description = "Page number from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Rows per page, 1 to 100.") @RequestParam(defaultValue = "20") int size) {
        return new PagedModel<>(thinkTanks.list(q, page, size));
    }

    @GetMapping("/reports")
    @Operation(summary = "Search think tank reports", description = "Chinese full text over the reports' titles, "
            + "abstracts and their think tanks' names, with filters and facets (think tank, topic state, year), in "
            + "your region; each hit is confirmed against the database.")
    @ApiProblem(status = 400, description = "q longer than 100 characters, an unknown topic state, a year outside "
            + "1900 to 2999, a negative page or a size outside 1 to 100: each named with its parameter.")
    @ApiProblem(status = 503, description = "Too many searches at once; retry after Retry-After seconds.")
    ReportPage searchReports(
            @Parameter(description = "Chinese free text, at most 100 characters.") @RequestParam(required = false)
            String q,
            @Parameter(description = "A think tank's id.") @RequestParam(required = false) Long thinkTank,
            @Parameter(description = "PROPOSED, ONGOING, COMPLETED, or NONE for reports of no topic.")
            @RequestParam(required = false) String topicState,
            @Parameter(description = "The year of publication.") @RequestParam(required = false) Integer year,
            @Parameter(description = "Page number from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to " + PageRequests.MAX_SIZE + ".")
            @RequestParam(defaultValue = "20") int size) {
        ReportHits hits = search.search(new ReportCriteria(q, thinkTank, topicState, year), page, size);
        return new ReportPage(hits.rows(), new PageMetadata(hits.size(), hits.page(), hits.total(),
                hits.totalPages()), hits.facets());
    }

    @PostMapping
    @Operation(summary = "Found a think tank", description = "In your region (000000, national, for national "
            + "administrators only); the name is unique.")
    @ApiProblem(status = 400, description = "A missing or too long name, a region outside yours, an unknown host "
            + "organisation, a founding day in the future.")
    @ApiProblem(status = 409, description = "The name is taken.")
    Detail create(@RequestBody ThinkTankInput input) {
        return thinkTanks.create(input);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A think tank", description = "With its members (current and past), topics and reports.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    Detail get(@Parameter(description = "The think tank's id.") @PathVariable long id) {
        return thinkTanks.get(id);
    }

    record DescribeRequest(Long version, String name, Long hostOrganisationId, String description,
            LocalDate foundedOn) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Describe a think tank anew", description = "Its name, host, description and founding day "
            + "(its region stays); the version read with it is required. A new name follows into the reports' "
            + "search.")
    @ApiProblem(status = 400, description = "The version is missing, a missing or too long name, an unknown host "
            + "organisation, a founding day in the future.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    @ApiProblem(status = 409, description = "The name is taken, or the think tank changed meanwhile.")
    Detail describe(@Parameter(description = "The think tank's id.") @PathVariable long id,
            @RequestBody DescribeRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException(List.of(new Problem("version", "field.required")));
        }
        return thinkTanks.describe(id, request.version(), new ThinkTankInput(request.name(), null,
                request.hostOrganisationId(), request.description(), request.foundedOn()));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "A think tank's members", description = "Current ones first, then those who left.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    List<Member> members(@Parameter(description = "The think tank's id.") @PathVariable long id) {
        return thinkTanks.get(id).members();
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a member", description = "An appointed expert (not blacklisted) of your region as "
            + "LEAD or MEMBER from since (today when not given).")
    @ApiProblem(status = 400, description = "The expert or role is missing, the expert is not appointed.")
    @ApiProblem(status = 404, description = "No such think tank or expert in your region.")
    @ApiProblem(status = 409, description = "The expert is a member already.")
    Member addMember(@Parameter(description = "The think tank's id.") @PathVariable long id,
            @RequestBody MemberRequest request) {
        return members.add(id, request.expertId(), request.role(), request.since());
    }

    @GetMapping("/{id}/topics")
    @Operation(summary = "A think tank's research topics", description = "The latest first.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    List<Topic> topics(@Parameter(description = "The think tank's id.") @PathVariable long id) {
        return thinkTanks.get(id).topics();
    }

    @PostMapping("/{id}/topics")
    @Operation(summary = "Propose a research topic", description = "Led by a current member; answers its id.")
    @ApiProblem(status = 400, description = "A missing or too long title, a too long description, no start, an "
            + "end before the start, a lead who is no current member.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    Map<String, Long> propose(@Parameter(description = "The think tank's id.") @PathVariable long id,
            @RequestBody TopicInput input) {
        return Map.of("id", topics.propose(id, input));
    }

    @PostMapping("/{id}/topics/{topicId}/state")
    @Operation(summary = "Move a topic on", description = "PROPOSED to ONGOING to COMPLETED, one step at a time.")
    @ApiProblem(status = 400, description = "The state is not the topic's next, or the version is missing.")
    @ApiProblem(status = 404, description = "No such think tank in your region, or no such topic of it.")
    @ApiProblem(status = 409, description = "The topic changed meanwhile.")
    void move(@Parameter(description = "The think tank's id.") @PathVariable long id,
            @Parameter(description = "The topic's id.") @PathVariable long topicId,
            @RequestBody StateRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException(List.of(new Problem("version", "field.required")));
        }
        topics.moveTo(id, topicId, request.version(), request.state());
    }

    @GetMapping("/{id}/reports")
    @Operation(summary = "A think tank's reports", description = "The latest first, with their files' names.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    List<Report> reports(@Parameter(description = "The think tank's id.") @PathVariable long id) {
        return thinkTanks.get(id).reports();
    }

    @PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Publish a report", description = "Multipart: the file (a PDF or Word document, at most "
            + "10 MB, as its bytes say) with the title, abstract, topic and publication day as parameters; answers "
            + "its id.")
    @ApiProblem(status = 400, description = "A missing or too long title or abstract, no publication day or one "
            + "in the future, an unknown topic, no file, a file too large or no PDF or Word document.")
    @ApiProblem(status = 404, description = "No such think tank in your region.")
    Map<String, Long> publish(@Parameter(description = "The think tank's id.") @PathVariable long id,
            @Parameter(description = "The title, at most 200 characters.") @RequestParam(required = false)
            String title,
            @Parameter(description = "The abstract, at most 4,000 characters.") @RequestParam(required = false)
            String abstractText,
            @Parameter(description = "The id of the think tank's topic the report came from, if any.")
            @RequestParam(required = false) Long topicId,
            @Parameter(description = "The day of publication, yyyy-MM-dd, not in the future.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @Parameter(description = "The report: a PDF or Word document of at most 10 MB.")
            @RequestParam(required = false) MultipartFile file) {
        return Map.of("id", reports.publish(id, new ReportInput(title, abstractText, topicId, publishedOn), file));
    }

    @GetMapping("/{id}/reports/{reportId}/file")
    @Operation(summary = "Download a report's file", description = "Audited.")
    @ApiProblem(status = 404, description = "No such think tank in your region, or no such report of it.")
    ResponseEntity<byte[]> file(@Parameter(description = "The think tank's id.") @PathVariable long id,
            @Parameter(description = "The report's id.") @PathVariable long reportId) {
        StoredFile file = reports.file(id, reportId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.name()))
                .body(file.content());
    }

    /** An attachment's header with the name in UTF-8 (RFC 5987), so a Chinese name survives the download. */
    static String disposition(String name) {
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
