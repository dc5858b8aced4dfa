package org.iptalent.expert.thinktank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.platform.file.AttachmentKind;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.platform.file.UploadedFiles.Refusals;
import org.iptalent.platform.file.UploadedFiles.StoredFile;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A think tank's reports: published with their file (a PDF or Word document, as its bytes say), and downloaded by
 * the administrators of the think tank's region, each download audited.
 */
@Service
public class ReportRecords {

    public static final String ENTITY = "ThinkTankReport";

    static final Refusals REFUSALS = new Refusals("file", "thinktank.report.fileRequired",
            "thinktank.report.fileTooLarge", "thinktank.report.fileKind");

    private final ThinkTanks thinkTanks;
    private final ThinkTankReports reports;
    private final TopicRecords topics;
    private final UploadedFiles files;
    private final AuditLog audit;
    private final Clock clock;

    ReportRecords(ThinkTanks thinkTanks, ThinkTankReports reports, TopicRecords topics, UploadedFiles files,
            AuditLog audit, Clock clock) {
        this.thinkTanks = thinkTanks;
        this.reports = reports;
        this.topics = topics;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes a report with its file; its id. Every problem of the description is named before the file's. */
    @Transactional
    public long publish(long thinkTankId, ReportInput input, MultipartFile upload) {
        CurrentUser user = ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        List<Problem> problems = new ArrayList<>();
        ThinkTankRules.text(problems, "title", input.title(), ThinkTankRules.TITLE, true);
        ThinkTankRules.text(problems, "abstractText", input.abstractText(), ThinkTankRules.LONG_TEXT, true);
        ThinkTankRules.required(problems, "publishedOn", input.publishedOn());
        ThinkTankRules.notFuture(problems, "publishedOn", input.publishedOn(), LocalDate.now(clock));
        ResearchTopic topic = null;
        if (input.topicId() != null) {
            try {
                topic = topics.of(thinkTankId, input.topicId());
            } catch (RecordNotFoundException e) {
                problems.add(new Problem("topicId", "thinktank.report.topicUnknown"));
            }
        }
        ThinkTankRules.throwIfAny(problems);
        UploadedFiles.Checked checked = files.check(upload, REFUSALS, "report",
                EnumSet.of(AttachmentKind.PDF, AttachmentKind.DOC, AttachmentKind.DOCX));
        long fileId = files.store(checked, user.id(), clock.instant());
        ThinkTankReport report = reports.saveAndFlush(new ThinkTankReport(thinkTank, topic, input.title(),
                input.abstractText(), input.publishedOn(), fileId, user.id()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, report.getId()).region(thinkTank.getRegionCode())
                .message("thinktank.audit.reportPublished", report.getTitle(), thinkTank.getName(),
                        checked.name()));
        return report.getId();
    }

    /** A report's file, for an administrator of the think tank's region; the download is audited. */
    @Transactional
    public StoredFile file(long thinkTankId, long reportId) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        ThinkTankReport report = reports.findById(reportId)
                .filter(r -> r.getThinkTank().getId() == thinkTankId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, reportId));
        StoredFile file = files.content(report.getFileId())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, reportId));
        audit.record(AuditEvent.of(AuditAction.EXPORT, ENTITY, reportId).region(thinkTank.getRegionCode())
                .message("thinktank.audit.reportDownloaded", report.getTitle(), file.name()));
        return file;
    }
}
