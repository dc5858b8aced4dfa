package org.iptalent.training.survey;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of a survey as it was sent: a copy of the questionnaire's item, never changed afterwards. */
@Entity
@Table(name = "training_survey_item")
public class SurveyItem implements SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;
    private int position;
    @Column(name = "text_zh")
    private String textZh;
    @Column(name = "text_en")
    private String textEn;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    @Enumerated(EnumType.STRING)
    private Aspect aspect;
    private boolean required;

    protected SurveyItem() {
    }

    SurveyItem(Survey survey, SurveyQuestion source) {
        this.survey = survey;
        this.position = source.getPosition();
        this.textZh = source.getTextZh();
        this.textEn = source.getTextEn();
        this.kind = source.getKind();
        this.aspect = source.getAspect();
        this.required = source.isRequired();
    }

    public Long getId() {
        return id;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public String getTextZh() {
        return textZh;
    }

    @Override
    public String getTextEn() {
        return textEn;
    }

    @Override
    public ItemKind getKind() {
        return kind;
    }

    @Override
    public Aspect getAspect() {
        return aspect;
    }

    @Override
    public boolean isRequired() {
        return required;
    }

    public String text(Locale locale) {
        return SurveyQuestion.text(this, locale);
    }
}
