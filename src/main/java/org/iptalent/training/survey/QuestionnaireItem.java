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

/** An item of a standard questionnaire as it stands now; only {@link Questionnaire} changes it. */
@Entity
@Table(name = "questionnaire_item")
public class QuestionnaireItem implements SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_kind")
    private Questionnaire questionnaire;
    private int position;
    @Embedded
    private ItemContent content;

    protected QuestionnaireItem() {
    }

    QuestionnaireItem(Questionnaire questionnaire, int position, ItemInput input) {
        this.questionnaire = questionnaire;
        this.position = position;
        change(input);
    }

    void change(ItemInput input) {
        this.content = ItemContent.of(input);
    }

    void moveTo(int position) {
        this.position = position;
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
