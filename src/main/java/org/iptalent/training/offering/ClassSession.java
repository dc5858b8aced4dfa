package org.iptalent.training.offering;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One session of a class's schedule: when, how many hours it counts for, what it covers and who teaches. */
@Entity
@Table(name = "class_session")
public class ClassSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private TrainingClass trainingClass;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private BigDecimal hours;
    private String topic;
    private String teacher;

    protected ClassSession() {
    }

    ClassSession(TrainingClass trainingClass, LocalDateTime startsAt, LocalDateTime endsAt, BigDecimal hours,
            String topic, String teacher) {
        this.trainingClass = trainingClass;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.hours = hours;
        this.topic = topic.trim();
        this.teacher = teacher == null || teacher.isBlank() ? null : teacher.trim();
    }

    public Long getId() {
        return id;
    }

    public TrainingClass getTrainingClass() {
        return trainingClass;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getTopic() {
        return topic;
    }

    public String getTeacher() {
        return teacher;
    }
}
