package org.iptalent.training.survey;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.training.ClassClosed;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a class's satisfaction survey when the class closes, inside the closing transaction (a close that fails
 * sends nothing, a survey that cannot be sent fails the close): the survey with the standard questionnaire's items
 * as they are now, open until {@code iptalent.training.survey.open-days} after the class ended, one invitation
 * per trainee who held a place, and a notice to each of them who has an account.
 */
@Component
class SurveyDispatch {

    static final String TOPIC = "survey";

    private final TrainingClasses classes;
    private final Questionnaires questionnaires;
    private final Surveys surveys;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyDispatch(TrainingClasses classes, Questionnaires questionnaires, Surveys surveys, TalentAccounts accounts,
            Notifications notifications, AuditLog audit, JdbcTemplate jdbc, SurveyProperties properties, Clock clock) {
        this.classes = classes;
        this.questionnaires = questionnaires;
        this.surveys = surveys;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void classClosed(ClassClosed closed) {
        if (closed.enrollmentIds().isEmpty() || surveys.existsByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION)) {
            return;
        }
        TrainingClass trainingClass = classes.findById(closed.classId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = trainingClass.getEndsOn().isAfter(today) ? trainingClass.getEndsOn() : today;
        Survey survey = surveys.save(new Survey(questionnaires.findById(QuestionnaireKind.SATISFACTION).orElseThrow(),
                trainingClass.getId(), closed.baseId(), trainingClass.getRegionCode(),
                trainingClass.getEndsOn().getYear(), today, from.plusDays(properties.openDays()),
                closed.enrollmentIds().size(), clock.instant()));
        surveys.flush();
        List<Long> talents = invite(survey, closed.enrollmentIds());
        notify(survey, trainingClass.getTitle(), accounts.accountsOf(talents));
        audit.record(AuditEvent.of(AuditAction.CREATE, Survey.ENTITY, survey.getId())
                .region(survey.getRegionCode()).message("audit.survey.dispatched", trainingClass.getTitle(),
                        survey.getInvited(), survey.getClosesOn().toString()));
    }

    /** One invitation per enrollment, in one statement; returns the trainees invited. */
    private List<Long> invite(Survey survey, List<Long> enrollmentIds) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into training_survey_invitation (survey_id, enrollment_id, talent_id)
                    select ?, e.id, e.talent_id from enrollment e where e.id = any(?)
                    returning talent_id
                    """);
            Array ids = con.createArrayOf("bigint", enrollmentIds.toArray(Long[]::new));
            ps.setLong(1, survey.getId());
            ps.setArray(2, ids);
            return ps;
        }, (rs, n) -> rs.getLong(1));
    }

    private void notify(Survey survey, String classTitle, Map<Long, Long> accountsByTalent) {
        List<Notice> notices = new ArrayList<>(accountsByTalent.size());
        accountsByTalent.values().forEach(account -> notices.add(Notice.of(account, TOPIC, "notice.survey.invited",
                classTitle, survey.getClosesOn()).linkedTo(SurveyLinks.answer(survey.getId())).byEmail()
                .once("survey-invited:" + survey.getId())));
        notifications.sendAll(notices);
    }
}
