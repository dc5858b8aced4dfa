package org.iptalent.expert.committee;

import java.time.Instant;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A question put to a committee's members with documents and a deadline. Drafted, opened (sent to the current
 * members, who answer until the deadline), closed at or after the deadline, summarised and archived, read-only then.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends AbstractEntity implements RegionScoped {

    public enum State {
        DRAFT, OPEN, CLOSED, ARCHIVED
    }

    public static final int TITLE_LENGTH = 200;
    public static final int QUESTION_LENGTH = 4000;
    public static final int SUMMARY_LENGTH = 8000;
    public static final int MAX_DOCUMENTS = 10;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;
    private String title;
    private String question;
    private Instant deadline;
    @Enumerated(EnumType.STRING)
    private State state;
    private String summary;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "archived_at")
    private Instant archivedAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @ElementCollection
    @CollectionTable(name = "consultation_document", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "file_id")
    @OrderBy
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected Consultation() {
    }

    Consultation(AdvisoryCommittee committee, String title, String question, Instant deadline, long createdBy) {
        this.committeeId = committee.getId();
        this.regionCode = committee.getRegionCode();
        this.title = title;
        this.question = question;
        this.deadline = deadline;
        this.state = State.DRAFT;
        this.createdBy = createdBy;
    }

    /** A draft's question and deadline, changed before it is sent. */
    void revise(String title, String question, Instant deadline) {
        require(State.DRAFT);
        this.title = title;
        this.question = question;
        this.deadline = deadline;
    }

    void attach(long fileId) {
        require(State.DRAFT);
        if (documentIds.size() >= MAX_DOCUMENTS) {
            throw new BusinessRuleException("file", "expert.consultation.tooManyDocuments", MAX_DOCUMENTS);
        }
        documentIds.add(fileId);
    }

    boolean detach(long fileId) {
        require(State.DRAFT);
        return documentIds.remove(fileId);
    }

    /** Sent to the members: only a draft whose deadline is still ahead. */
    void open(Instant now) {
        require(State.DRAFT);
        if (!deadline.isAfter(now)) {
            throw new BusinessRuleException("deadline", "expert.consultation.deadlinePassed");
        }
        this.state = State.OPEN;
        this.openedAt = now;
    }

    /** Whether a member may give or change an opinion now: open, and the deadline not passed. */
    boolean acceptsOpinions(Instant now) {
        return state == State.OPEN && !now.isAfter(deadline);
    }

    void requireAcceptsOpinions(Instant now) {
        require(State.OPEN);
        if (now.isAfter(deadline)) {
            throw new BusinessRuleException(null, "expert.consultation.afterDeadline");
        }
    }

    /** Closed at or after the deadline, so that no member loses the time given. */
    void close(Instant now) {
        require(State.OPEN);
        if (now.isBefore(deadline)) {
            throw new BusinessRuleException(null, "expert.consultation.beforeDeadline");
        }
        this.state = State.CLOSED;
        this.closedAt = now;
    }

    void summarise(String summary) {
        require(State.CLOSED);
        this.summary = summary;
    }

    /** Archived with its summary, read-only from then on. */
    void archive(Instant now) {
        require(State.CLOSED);
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleException("summary", "expert.consultation.summaryRequired");
        }
        this.state = State.ARCHIVED;
        this.archivedAt = now;
    }

    void require(State expected) {
        if (state != expected) {
            throw new BusinessRuleException(null, "expert.consultation.notInState",
                    new DefaultMessageSourceResolvable("expert.consultation.state." + state.name()));
        }
    }

    public long getCommitteeId() {
        return committeeId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public State getState() {
        return state;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public List<Long> getDocumentIds() {
        return List.copyOf(documentIds);
    }
}
