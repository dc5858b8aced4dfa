package org.iptalent.training.survey;

/** The two standard questionnaires: the trainees' satisfaction survey and the employers' follow-up. */
public enum QuestionnaireKind {
    SATISFACTION, FOLLOW_UP
}
