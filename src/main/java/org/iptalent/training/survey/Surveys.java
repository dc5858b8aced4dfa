package org.iptalent.training.survey;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Surveys extends JpaRepository<Survey, Long> {

    Optional<Survey> findByClassIdAndKind(long classId, QuestionnaireKind kind);

    boolean existsByClassIdAndKind(long classId, QuestionnaireKind kind);

    @Query("select s from Survey s left join fetch s.items where s.id = :id")
    Optional<Survey> findWithItems(long id);
}
