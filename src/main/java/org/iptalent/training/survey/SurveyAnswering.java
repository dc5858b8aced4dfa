package org.iptalent.training.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee answers the satisfaction survey of a class they attended: once, while it is open. The answer is
 * stored without anything that leads back to them (a random id, no time), and their invitation is marked answered
 * in the same transaction; the mark is an update that only an unanswered invitation passes, so two submissions at
 * once record one response and refuse the other. A refused answer records nothing.
 */
@Service
public class SurveyAnswering {

    private final Surveys surveys;
    private final TrainingClasses classes;
    private final TalentAccounts accounts;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SurveyAnswering(Surveys surveys, TrainingClasses classes, TalentAccounts accounts, AuditLog audit,
            JdbcTemplate jdbc, Clock clock) {
        this.surveys = surveys;
        this.classes = classes;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A survey as its trainee sees it: the class, the items, whether it is open and whether they answered. */
    public record SurveyForm(Survey survey, String classTitle, LocalDate classEndsOn, boolean answered, boolean open) {

        public boolean mayAnswer() {
            return open && !answered;
        }
    }

    /** The surveys the signed-in trainee was invited to, newest first. */
    @Transactional(readOnly = true)
    public List<SurveyForm> mine() {
        long talentId = currentTalent(null);
        List<Object[]> rows = jdbc.query("""
                select i.survey_id, i.responded_at is not null from training_survey_invitation i
                where i.talent_id = ? order by i.survey_id desc limit 100
                """, (rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}, talentId);
        List<SurveyForm> forms = new ArrayList<>(rows.size());
        LocalDate today = LocalDate.now(clock);
        for (Object[] row : rows) {
            Survey survey = surveys.findById((Long) row[0]).orElseThrow();
            TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
            forms.add(new SurveyForm(survey, trainingClass.getTitle(), trainingClass.getEndsOn(), (Boolean) row[1],
                    survey.isOpenOn(today)));
        }
        return forms;
    }

    /** The survey for the signed-in trainee; not found unless they were invited to it. */
    @Transactional(readOnly = true)
    public SurveyForm form(long surveyId) {
        long talentId = currentTalent(surveyId);
        Boolean answered = invitation(surveyId, talentId);
        Survey survey = surveys.findWithItems(surveyId).orElseThrow(() -> notFound(surveyId));
        TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
        return new SurveyForm(survey, trainingClass.getTitle(), trainingClass.getEndsOn(), answered,
                survey.isOpenOn(LocalDate.now(clock)));
    }

    /** What an accepted answer gave: its score on 100 points (null when it rated nothing). */
    public record Submitted(long surveyId, java.math.BigDecimal score) {
    }

    /**
     * Records the signed-in trainee's answers. Refused as a conflict when they answered already or the survey is
     * closed, as invalid input when an answer breaks the items' rules; then nothing is recorded.
     */
    @Transactional
    public Submitted answer(long surveyId, List<Answer> answers) {
        long talentId = currentTalent(surveyId);
        if (invitation(surveyId, talentId)) {
            throw new ConflictException("survey.answered");
        }
        Survey survey = surveys.findWithItems(surveyId).orElseThrow(() -> notFound(surveyId));
        survey.requireOpen(LocalDate.now(clock));
        CheckedAnswers checked = survey.check(answers);
        Instant now = clock.instant();
        // the guard: only an invitation still unanswered is marked; a submission racing this one waits for the row
        // and then finds it answered
        int marked = jdbc.update("""
                update training_survey_invitation set responded_at = ?
                where survey_id = ? and talent_id = ? and responded_at is null
                """, Timestamp.from(now), surveyId, talentId);
        if (marked != 1) {
            throw new ConflictException("survey.answered");
        }
        UUID response = UUID.randomUUID();
        jdbc.update("insert into training_survey_response (id, survey_id, score) values (?, ?, ?)", response,
                surveyId, checked.score());
        jdbc.batchUpdate("""
                insert into training_survey_answer (response_id, item_id, value, score, text) values (?, ?, ?, ?, ?)
                """, checked.answers().stream().map(a -> new Object[] {response, a.item().getId(), a.value(),
                a.score(), a.text()}).toList());
        TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
        // the entry says a trainee answered (as the invitation does), never which response is theirs
        audit.record(AuditEvent.of(AuditAction.CREATE, Survey.ENTITY, surveyId).region(survey.getRegionCode())
                .message("audit.survey.answered", trainingClass.getTitle()));
        return new Submitted(surveyId, checked.score());
    }

    /** Whether the trainee answered the survey; not found when they were not invited to it. */
    private Boolean invitation(long surveyId, long talentId) {
        List<Boolean> answered = jdbc.query("""
                select responded_at is not null from training_survey_invitation where survey_id = ? and talent_id = ?
                """, (rs, n) -> rs.getBoolean(1), surveyId, talentId);
        if (answered.isEmpty()) {
            throw notFound(surveyId);
        }
        return answered.get(0);
    }

    private long currentTalent(Long surveyId) {
        CurrentUser user = CurrentUser.require();
        return accounts.talentOf(user.id()).orElseThrow(() -> surveyId == null
                ? new org.iptalent.shared.AccessDeniedException("survey.noTalentRecord") : notFound(surveyId));
    }

    private static RecordNotFoundException notFound(long surveyId) {
        return new RecordNotFoundException(Survey.ENTITY, surveyId);
    }
}
