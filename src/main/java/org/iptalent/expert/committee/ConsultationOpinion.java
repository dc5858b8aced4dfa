package org.iptalent.expert.committee;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;

/**
 * A member a consultation was sent to, and their opinion once given: a position, a text and perhaps a file, which the
 * member may change until the deadline (the consultation decides when).
 */
@Entity
@Table(name = "consultation_opinion")
public class ConsultationOpinion extends AbstractEntity {

    public enum Position {
        AGREE, AGREE_WITH_CHANGES, DISAGREE, ABSTAIN
    }

    public static final int TEXT_LENGTH = 4000;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;
    @Column(name = "expert_id", nullable = false, updatable = false)
    private long expertId;
    @Enumerated(EnumType.STRING)
    private Position position;
    @Column(name = "opinion_text")
    private String text;
    @Column(name = "file_id")
    private Long fileId;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected ConsultationOpinion() {
    }

    ConsultationOpinion(long consultationId, long expertId) {
        this.consultationId = consultationId;
        this.expertId = expertId;
    }

    /** Gives or changes the opinion; the consultation has checked that it still accepts one. */
    void answer(Consultation consultation, Position position, String text, Instant now) {
        consultation.requireAcceptsOpinions(now);
        this.position = position;
        this.text = text;
        this.answeredAt = now;
    }

    /** The opinion's file, replacing the earlier one (whose id is returned, to be deleted), while answers are taken. */
    Long attach(Consultation consultation, long fileId, Instant now) {
        consultation.requireAcceptsOpinions(now);
        Long earlier = this.fileId;
        this.fileId = fileId;
        return earlier;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    public boolean isAnswered() {
        return position != null;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public long getExpertId() {
        return expertId;
    }

    public Position getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Long getFileId() {
        return fileId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
