package org.iptalent.training.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds trainees who have not answered an open survey: every {@code remind-every-days} days after it opened and
 * on its last day, once a day at most (the notice's once-only key names the survey and the day, so a second run,
 * on this node or another, adds nothing). Runs daily on one node at a time.
 */
@Component
public class SurveyReminders {

    private static final Logger log = LoggerFactory.getLogger(SurveyReminders.class);

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final TalentAccounts accounts;
    private final SurveyProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SurveyReminders(JdbcTemplate jdbc, Notifications notifications, TalentAccounts accounts,
            SurveyProperties properties, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${iptalent.training.survey.reminder-cron:0 0 9 * * *}")
    @SchedulerLock(name = "training-survey-reminders")
    public void scheduled() {
        // in a transaction of its own making: called on this object, remind's @Transactional would not apply
        Integer sent = transactions.execute(status -> remind());
        if (sent != null && sent > 0) {
            log.info("Survey reminders: {} sent", sent);
        }
    }

    private record Waiting(long surveyId, LocalDate closesOn, String classTitle, long talentId) {
    }

    /**
     * Sends today's reminders; returns how many notices were recorded. The database picks the surveys due today
     * (on the index of open surveys' closing days) and their trainees who have not answered: no survey that is not
     * due is read.
     */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        // due: after the day it was sent, up to its last day, every so many days and on the last day
        List<Waiting> due = jdbc.query("""
                select s.id, s.closes_on, c.title, i.talent_id
                from training_survey s
                join training_class c on c.id = s.class_id
                join training_survey_invitation i on i.survey_id = s.id and i.responded_at is null
                where s.kind = 'SATISFACTION' and s.closes_on >= ? and s.opens_on < ?
                  and (s.closes_on = ? or (?::date - s.opens_on) % ? = 0)
                order by s.id
                """, (rs, n) -> new Waiting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                rs.getLong(4)), today, today, today, today, properties.remindEveryDays());
        Map<Long, Long> accountsByTalent = accounts.accountsOf(due.stream().map(Waiting::talentId).distinct().toList());
        List<Notice> notices = new ArrayList<>();
        for (Waiting w : due) {
            Long account = accountsByTalent.get(w.talentId());
            if (account != null) {
                notices.add(Notice.of(account, SurveyDispatch.TOPIC, "notice.survey.reminder", w.classTitle(),
                        w.closesOn()).linkedTo(SurveyLinks.answer(w.surveyId())).byEmail()
                        .once("survey-reminder:" + w.surveyId() + ":" + today));
            }
        }
        return notices.isEmpty() ? 0 : notifications.sendAll(notices);
    }
}
