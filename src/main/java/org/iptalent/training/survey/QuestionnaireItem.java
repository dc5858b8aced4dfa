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
    @Column(name = "text_zh")
    private String textZh;
    @Column(name = "text_en")
    private String textEn;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    @Enumerated(EnumType.STRING)
    private Aspect aspect;
    private boolean required;

    protected QuestionnaireItem() {
    }

    QuestionnaireItem(Questionnaire questionnaire, int position, ItemInput input) {
        this.questionnaire = questionnaire;
        this.position = position;
        change(input);
    }

    void change(ItemInput input) {
        this.textZh = input.textZh();
        this.textEn = input.textEn();
        this.kind = input.kind();
        this.aspect = input.aspect();
        this.required = input.required();
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
