package org.iptalent.training.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RegionScoped;

/**
 * A survey of one class: its trainees' satisfaction survey, or the item set of the follow-up its completed trainees'
 * employers answer. It keeps the questionnaire's items as they were when it was sent, and the days it takes answers
 * (its last day included); nothing of it changes afterwards.
 */
@Entity
@Table(name = "training_survey")
public class Survey implements RegionScoped {

    public static final String ENTITY = "TrainingSurvey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long classId;
    @Enumerated(EnumType.STRING)
    private QuestionnaireKind kind;
    private long baseId;
    private String regionCode;
    private int year;
    private int questionnaireRevision;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private int invited;
    private Instant createdAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<SurveyItem> items = new ArrayList<>();

    protected Survey() {
    }

    /**
     * A survey of a class with the questionnaire's items as they are now.
     *
     * @param year the year the class ended, which the survey's results count in
     */
    public Survey(Questionnaire questionnaire, long classId, long baseId, String regionCode, int year,
            LocalDate opensOn, LocalDate closesOn, int invited, Instant at) {
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("a survey closes on or after the day it opens");
        }
        this.kind = questionnaire.getKind();
        this.classId = classId;
        this.baseId = baseId;
        this.regionCode = regionCode;
        this.year = year;
        this.questionnaireRevision = questionnaire.getRevision();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.invited = invited;
        this.createdAt = at;
        questionnaire.getItems().forEach(item -> items.add(new SurveyItem(this, item)));
    }

    /** Whether answers are taken on {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Refuses an answer on a day the survey does not take any. */
    public void requireOpen(LocalDate day) {
        if (day.isAfter(closesOn)) {
            throw new ConflictException("survey.closed", closesOn.toString());
        }
        if (day.isBefore(opensOn)) {
            throw new ConflictException("survey.notOpen", opensOn.toString());
        }
    }

    /** Checks answers against the items it was sent with. */
    public CheckedAnswers check(List<Answer> answers) {
        return CheckedAnswers.check(items, answers);
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public QuestionnaireKind getKind() {
        return kind;
    }

    public long getBaseId() {
        return baseId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public int getYear() {
        return year;
    }

    public int getQuestionnaireRevision() {
        return questionnaireRevision;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getInvited() {
        return invited;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<SurveyItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
