package org.iptalent.training.effect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.iptalent.training.survey.Questionnaire;
import org.iptalent.training.survey.QuestionnaireKind;
import org.iptalent.training.survey.Questionnaires;
import org.iptalent.training.survey.Survey;
import org.iptalent.training.survey.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the follow-up of classes that ended {@code iptalent.training.effect.follow-up-months} ago: the follow-up
 * questionnaire's items as they are then, one follow-up per completed trainee, and a notice asking each trainee
 * with an account to make their supervisor the one-time link (the platform knows no employer's account to ask
 * directly). Runs daily on one node at a time; a class is followed up once.
 */
@Component
public class FollowUpDispatch {

    static final String TOPIC = "followUp";
    static final String MINE = "/my/follow-ups";
    /**
     * Months a class stays due after its follow-up time, so that a run missed (a node down) catches up; a class that
     * ended long before (when the platform went live) is not followed up: its trainees' managers could no longer say.
     */
    static final int CATCH_UP_MONTHS = 2;
    /** Classes one run follows up at most; the rest wait for the next run. */
    private static final int PER_RUN = 200;
    private static final Logger log = LoggerFactory.getLogger(FollowUpDispatch.class);

    private final TrainingClasses classes;
    private final Questionnaires questionnaires;
    private final Surveys surveys;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final EffectProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FollowUpDispatch(TrainingClasses classes, Questionnaires questionnaires, Surveys surveys, TalentAccounts accounts,
            Notifications notifications, AuditLog audit, JdbcTemplate jdbc, EffectProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.classes = classes;
        this.questionnaires = questionnaires;
        this.surveys = surveys;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${iptalent.training.effect.follow-up-cron:0 30 8 * * *}")
    @SchedulerLock(name = "training-follow-ups")
    public void scheduled() {
        // in a transaction of its own making: called on this object, dispatch's @Transactional would not apply
        Integer classesFollowed = transactions.execute(status -> dispatch());
        if (classesFollowed != null && classesFollowed > 0) {
            log.info("Training follow-ups: {} classes", classesFollowed);
        }
    }

    /** Sends the follow-ups that are due; returns how many classes were followed up. */
    @Transactional
    public int dispatch() {
        LocalDate today = LocalDate.now(clock);
        List<Long> due = jdbc.queryForList("""
                select c.id from training_class c
                where c.status = 'CLOSED' and c.ends_on between ? and ?
                  and not exists (select 1 from training_survey s where s.class_id = c.id and s.kind = 'FOLLOW_UP')
                  and exists (select 1 from enrollment e where e.class_id = c.id and e.status = 'COMPLETED')
                order by c.ends_on, c.id limit ?
                """, Long.class, today.minusMonths(properties.followUpMonths() + CATCH_UP_MONTHS),
                today.minusMonths(properties.followUpMonths()), PER_RUN);
        if (due.isEmpty()) {
            return 0;
        }
        Questionnaire questionnaire = questionnaires.findById(QuestionnaireKind.FOLLOW_UP).orElseThrow();
        for (Long classId : due) {
            followUp(classes.findById(classId).orElseThrow(), questionnaire, today);
        }
        return due.size();
    }

    private void followUp(TrainingClass trainingClass, Questionnaire questionnaire, LocalDate today) {
        int completed = jdbc.queryForObject("select count(*) from enrollment where class_id = ? and status = 'COMPLETED'",
                Integer.class, trainingClass.getId());
        Survey survey = surveys.saveAndFlush(new Survey(questionnaire, trainingClass.getId(),
                trainingClass.getBaseId(), trainingClass.getRegionCode(), trainingClass.getEndsOn().getYear(), today,
                today.plusDays(properties.followUpOpenDays()), completed, clock.instant()));
        List<Long> talents = jdbc.query("""
                insert into training_follow_up (survey_id, enrollment_id, talent_id, created_at)
                select ?, e.id, e.talent_id, ? from enrollment e where e.class_id = ? and e.status = 'COMPLETED'
                returning talent_id
                """, (rs, n) -> rs.getLong(1), survey.getId(), java.sql.Timestamp.from(clock.instant()),
                trainingClass.getId());
        Map<Long, Long> reachable = accounts.accountsOf(talents);
        List<Notice> notices = new ArrayList<>(reachable.size());
        reachable.values().forEach(account -> notices.add(Notice.of(account, TOPIC, "notice.followUp.requested",
                trainingClass.getTitle(), survey.getClosesOn()).linkedTo(MINE).byEmail()
                .once("follow-up:" + survey.getId())));
        notifications.sendAll(notices);
        audit.record(AuditEvent.of(AuditAction.CREATE, Survey.ENTITY, survey.getId())
                .region(survey.getRegionCode()).message("audit.followUp.dispatched", trainingClass.getTitle(),
                        completed, survey.getClosesOn().toString()));
    }
}
