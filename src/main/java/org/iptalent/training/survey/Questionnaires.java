package org.iptalent.training.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Questionnaires extends JpaRepository<Questionnaire, QuestionnaireKind> {
}
