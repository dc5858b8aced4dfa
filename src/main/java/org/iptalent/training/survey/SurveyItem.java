package org.iptalent.training.survey;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
    @Embedded
    private ItemContent content;

    protected SurveyItem() {
    }

    SurveyItem(Survey survey, SurveyQuestion source) {
        this.survey = survey;
        this.position = source.getPosition();
        this.content = source.getContent().copy();
    }

    public Long getId() {
        return id;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public ItemContent getContent() {
        return content;
    }
}
