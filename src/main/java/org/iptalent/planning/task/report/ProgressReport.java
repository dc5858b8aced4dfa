package org.iptalent.planning.task.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;

/**
 * One region's report on one task for one period. The province writes it as a draft and submits it; the national
 * office accepts it, or returns it with a note, after which the province edits it and submits it again. An accepted
 * report is final; a submitted one waits for its review unchanged.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends AbstractEntity implements RegionScoped {

    public enum State { DRAFT, SUBMITTED, ACCEPTED, RETURNED }

    /** The most attachments a report keeps. */
    public static final int MAX_ATTACHMENTS = 5;

    private long taskId;
    private long periodId;
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;
    private String text;
    private Long writtenBy;
    private Instant firstSubmittedAt;
    private Instant submittedAt;
    private Long submittedBy;
    private Instant reviewedAt;
    private Long reviewedBy;
    private String reviewNote;

    @ElementCollection
    @CollectionTable(name = "progress_figure", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Figure> figures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "progress_attachment", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "file_id")
    private Set<Long> files = new LinkedHashSet<>();

    protected ProgressReport() {
    }

    ProgressReport(long taskId, long periodId, String regionCode) {
        this.taskId = taskId;
        this.periodId = periodId;
        this.regionCode = regionCode;
    }

    /** The region's text and figures, checked already ({@link ReportRules}); refused once submitted or accepted. */
    void write(String text, List<Figure> figures, long userId) {
        requireEditable();
        this.text = text;
        this.figures.clear();
        this.figures.addAll(figures);
        this.writtenBy = userId;
    }

    void submit(long userId, Instant now) {
        requireEditable();
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("text", "field.required");
        }
        state = State.SUBMITTED;
        submittedAt = now;
        submittedBy = userId;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
    }

    void accept(long userId, Instant now) {
        requireSubmitted();
        state = State.ACCEPTED;
        reviewedAt = now;
        reviewedBy = userId;
        reviewNote = null;
    }

    void giveBack(String note, long userId, Instant now) {
        requireSubmitted();
        state = State.RETURNED;
        reviewedAt = now;
        reviewedBy = userId;
        reviewNote = note;
    }

    void attach(long fileId) {
        requireEditable();
        if (files.size() >= MAX_ATTACHMENTS) {
            throw new BusinessRuleException("file", "planning.task.report.tooManyFiles", MAX_ATTACHMENTS);
        }
        files.add(fileId);
    }

    boolean detach(long fileId) {
        requireEditable();
        return files.remove(fileId);
    }

    /** A draft, or a report returned to be edited; a submitted report waits for its review, an accepted one is final. */
    void requireEditable() {
        if (state == State.ACCEPTED) {
            throw new BusinessRuleException(null, "planning.task.report.alreadyAccepted");
        }
        if (state == State.SUBMITTED) {
            throw new BusinessRuleException(null, "planning.task.report.awaitingReview");
        }
    }

    private void requireSubmitted() {
        if (state != State.SUBMITTED) {
            throw new BusinessRuleException(null, "planning.task.report.notSubmitted");
        }
    }

    public boolean isEditable() {
        return state == State.DRAFT || state == State.RETURNED;
    }

    public long getTaskId() {
        return taskId;
    }

    public long getPeriodId() {
        return periodId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public State getState() {
        return state;
    }

    public String getText() {
        return text;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public List<Figure> getFigures() {
        return List.copyOf(figures);
    }

    public Set<Long> getFiles() {
        return Set.copyOf(files);
    }
}
