package org.iptalent.planning.task.api;

import org.iptalent.planning.plan.PlanRecords;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.planning.task.TaskPlanning;
import org.iptalent.planning.task.report.ProgressReporting;
import org.iptalent.planning.task.report.ReportFiles;
import org.iptalent.planning.task.report.ReportView;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.EntityTags;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.SortFields;
import org.iptalent.spreadsheet.Attachment;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A plan's tasks and key projects, and their progress reports: a province writes and submits its own, the national
 * administrator reviews them.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Plan tasks and progress reports")
class TaskApiController {

    static final SortFields REPORT_SORTS = SortFields.of(Sort.by(Sort.Order.asc("periodId"),
            Sort.Order.asc("regionCode")), "regionCode", "submittedAt", "updatedAt").with("period", "periodId");

    private final TaskPlanning planning;
    private final ProgressReporting reporting;
    private final PlanRecords plans;

    TaskApiController(TaskPlanning planning, ProgressReporting reporting, PlanRecords plans) {
        this.plans = plans;
        this.planning = planning;
        this.reporting = reporting;
    }

    @GetMapping
    @Operation(summary = "A plan's tasks and key projects", description = "In the plan's order: the main tasks "
            + "(III), then the key projects (IV), each with its leading department, the provinces responsible and "
            + "the plan's reporting periods. For administrators with a region.")
    @ApiProblem(status = 404, description = "No such plan.")
    PagedModel<TaskDetail> list(@Parameter(description = "The plan's id; the plan in force (else the latest) when "
            + "left out.") @RequestParam(required = false) Long plan,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TaskPlanning.PlanTaskList list = planning.ofPlan(plan == null ? plans.current().getId() : plan);
        List<TaskDetail> all = list.tasks().stream().map(t -> TaskDetail.of(list.plan(), t, list.periods())).toList();
        int pageSize = PageRequests.size(size);
        PageRequest request = PageRequest.of(PageRequests.page(page, pageSize, PageRequests.DATABASE_WINDOW),
                pageSize);
        int from = (int) Math.min(request.getOffset(), all.size());
        return new PagedModel<>(new PageImpl<>(all.subList(from, Math.min(all.size(), from + pageSize)), request,
                all.size()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task or key project", description = "With its ETag.")
    ResponseEntity<TaskDetail> get(@PathVariable long id) {
        TaskPlanning.TaskContext task = planning.task(id);
        return ResponseEntity.ok().eTag(EntityTags.of(task.task().getVersion()))
                .body(TaskDetail.of(task.plan(), task.task(), task.periods()));
    }

    @GetMapping("/{id}/progress-reports")
    @Operation(summary = "A task's progress reports", description = "The national administrator sees every "
            + "region's, a provincial administrator its own province's (a city's none). Each with its state (DRAFT, "
            + "SUBMITTED, ACCEPTED, RETURNED), where it stands (slotState: OVERDUE once its due date passed unsubmitted), "
            + "whether it came late, its figures and attachments.")
    PagedModel<ReportView> reports(@PathVariable long id,
            @Parameter(description = "Only the reports of this year's period.") @RequestParam(required = false)
            Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are period (the default), "
                    + "regionCode, submittedAt, updatedAt. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(reporting.ofTask(id, year, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW,
                REPORT_SORTS, sort)));
    }

    @GetMapping("/{id}/progress-reports/{reportId}")
    @Operation(summary = "One progress report", description = "With its ETag; another region's report is 404.")
    ResponseEntity<ReportView> report(@PathVariable long id,
            @Parameter(description = "The report's id.") @PathVariable long reportId) {
        ReportView report = ofTask(id, reportId);
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(report);
    }

    @PostMapping("/{id}/progress-reports")
    @Operation(summary = "Write your province's report", description = "For the provincial administrator of a "
            + "province responsible for the task: writes its report for the period (a year of the plan that has "
            + "begun) and submits it when submit is true. The first write creates the report (201); a later one "
            + "replaces its text and figures, with If-Match or the version field (200). A submitted report waits "
            + "for its review unchanged; a returned one is written and submitted again; an accepted one is final.")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or wrong (every problem listed), the province is not "
            + "responsible for the task, the plan is closed, the period has not begun, or the report was submitted "
            + "or accepted already. Nothing was recorded.")
    @ApiProblem(status = 403, description = "Not a provincial administrator of a province.")
    @ApiProblem(status = 409, description = "The version is stale, or the report was created meanwhile.")
    ResponseEntity<ReportView> write(@PathVariable long id, @RequestBody ReportRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var input = request.input();
        long period = reporting.periodOf(id, request.period());
        boolean submit = Boolean.TRUE.equals(request.submit());
        ReportView existing = reporting.slot(id, period).report();
        if (existing == null) {
            ReportView created = reporting.save(id, period, null, input, submit);
            return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/progress-reports/" + created.id()))
                    .eTag(EntityTags.of(created.version())).body(created);
        }
        ReportView changed = EntityTags.conditionally(ifMatch, request.version(),
                () -> reporting.slot(id, period).report().version(),
                version -> reporting.save(id, period, version, input, submit));
        return ResponseEntity.ok().eTag(EntityTags.of(changed.version())).body(changed);
    }

    @PostMapping(path = "/{id}/progress-reports/{reportId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file to your province's report", description = "A PDF, Word or Excel document or "
            + "a PNG, JPEG or GIF image, told by its content, at most " + UploadedFiles.MAX_MEGABYTES + " MB; at most "
            + "5 per report, to a draft or returned report. With If-Match or the version parameter.")
    @ApiProblem(status = 400, description = "No file, too large, not an accepted kind, too many, or the report "
            + "cannot be changed. Nothing was recorded.")
    ResponseEntity<ReportView> attach(@PathVariable long id,
            @Parameter(description = "The report's id.") @PathVariable long reportId,
            @Parameter(description = "The file.") @RequestPart("file") MultipartFile file,
            @Parameter(description = "The report's version, when you do not send If-Match.")
            @RequestParam(required = false) Long version,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ofTask(id, reportId); // whichever way the version comes, the report must be this task's
        ReportView attached = EntityTags.conditionally(ifMatch, version, () -> ofTask(id, reportId).version(),
                v -> reporting.attach(reportId, v, file));
        return ResponseEntity.ok().eTag(EntityTags.of(attached.version())).body(attached);
    }

    @GetMapping("/{id}/progress-reports/{reportId}/attachments/{fileId}")
    @Operation(summary = "Download an attachment", description = "Of a report you may see; the download is audited.")
    ResponseEntity<byte[]> download(@PathVariable long id,
            @Parameter(description = "The report's id.") @PathVariable long reportId,
            @Parameter(description = "The attachment's id.") @PathVariable long fileId) {
        ofTask(id, reportId);
        UploadedFiles.StoredFile file = reporting.file(reportId, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.name()))
                .body(file.content());
    }

    @PostMapping("/{id}/progress-reports/{reportId}/review")
    @Operation(summary = "Review a submitted report", description = "For the national administrator: ACCEPT it, or "
            + "RETURN it with a note for the province, which writes it again. With If-Match or the version field.")
    @ApiProblem(status = 400, description = "No decision, a return without a note, a report not submitted, or a "
            + "closed plan. Nothing was recorded.")
    @ApiProblem(status = 403, description = "Not the national administrator.")
    @ApiProblem(status = 409, description = "The version is stale.")
    ResponseEntity<ReportView> review(@PathVariable long id,
            @Parameter(description = "The report's id.") @PathVariable long reportId,
            @RequestBody ReviewRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ofTask(id, reportId); // whichever way the version comes, the report must be this task's
        ReportView reviewed = EntityTags.conditionally(ifMatch, request.version(), () -> ofTask(id, reportId).version(),
                version -> reporting.review(reportId, version, request.decision(), request.note()));
        return ResponseEntity.ok().eTag(EntityTags.of(reviewed.version())).body(reviewed);
    }

    /** A report of this task the caller may see; one of another task is not found here. */
    private ReportView ofTask(long taskId, long reportId) {
        ReportView report = reporting.get(reportId);
        if (report.taskId() != taskId) {
            throw new RecordNotFoundException("ProgressReport", reportId);
        }
        return report;
    }
}
