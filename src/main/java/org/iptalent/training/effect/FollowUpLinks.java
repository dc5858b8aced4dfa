package org.iptalent.training.effect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.web.PublicLinks;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.training.base.TrainingBases;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.iptalent.training.survey.Answer;
import org.iptalent.training.survey.CheckedAnswers;
import org.iptalent.training.survey.Survey;
import org.iptalent.training.survey.Surveys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's one-time link. A completed trainee makes it on their follow-ups page and forwards it to their
 * supervisor: 256 random bits, of which only the SHA-256 is stored (so the database, its backups and the notices
 * never hold a usable link), valid for {@code link-valid-days} and never past the follow-up's last day. Making a
 * new link replaces the last; answering uses it up, in the answer's transaction with the row locked, so a second
 * submission through the same link is refused. An unknown, used or expired link reads the same.
 */
@Service
public class FollowUpLinks {

    public static final String PATH = "/follow-up/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    public static final int MAX_RESPONDENT = 100;

    private final FollowUps followUps;
    private final Surveys surveys;
    private final TrainingClasses classes;
    private final TrainingBases bases;
    private final TalentAccounts accounts;
    private final TalentRegistry registry;
    private final PublicLinks links;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final EffectProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FollowUpLinks(FollowUps followUps, Surveys surveys, TrainingClasses classes, TrainingBases bases,
            TalentAccounts accounts, TalentRegistry registry, PublicLinks links, AuditLog audit, JdbcTemplate jdbc,
            EffectProperties properties, Clock clock) {
        this.followUps = followUps;
        this.surveys = surveys;
        this.classes = classes;
        this.bases = bases;
        this.accounts = accounts;
        this.registry = registry;
        this.links = links;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A follow-up as its trainee sees it on their page. */
    public record Mine(FollowUp followUp, String classTitle, LocalDate classEndsOn, LocalDate closesOn, boolean open,
            boolean linkActive) {
    }

    /** The signed-in trainee's follow-ups, newest first. */
    @Transactional(readOnly = true)
    public List<Mine> mine() {
        long talentId = currentTalent();
        Instant now = clock.instant();
        List<Mine> mine = new ArrayList<>();
        for (FollowUp followUp : followUps.findByTalentIdOrderByIdDesc(talentId)) {
            Survey survey = surveys.findById(followUp.getSurveyId()).orElseThrow();
            TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
            mine.add(new Mine(followUp, trainingClass.getTitle(), trainingClass.getEndsOn(), survey.getClosesOn(),
                    survey.isOpenOn(LocalDate.now(clock)), followUp.linkValidAt(now)));
        }
        return mine;
    }

    /** A link made: the address to forward (shown once, never stored) and when it expires. */
    public record MadeLink(long followUpId, String classTitle, String url, Instant expiresAt) {
    }

    /** Makes the supervisor's link of one of the signed-in trainee's follow-ups, replacing the last one. */
    @Transactional
    public MadeLink make(long followUpId) {
        long talentId = currentTalent();
        FollowUp followUp = followUps.findById(followUpId).filter(f -> f.getTalentId() == talentId)
                .orElseThrow(() -> new RecordNotFoundException(FollowUp.ENTITY, followUpId));
        Survey survey = surveys.findById(followUp.getSurveyId()).orElseThrow();
        Instant now = clock.instant();
        // valid for link-valid-days, and no longer than the follow-up's last day
        Instant lastMoment = survey.getClosesOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant expires = now.plus(properties.linkValidDays(), ChronoUnit.DAYS);
        if (expires.isAfter(lastMoment)) {
            expires = lastMoment;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        followUp.link(hash(token), expires, now);
        TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
        audit.record(AuditEvent.of(AuditAction.UPDATE, FollowUp.ENTITY, followUpId).region(survey.getRegionCode())
                .message("audit.followUp.linkMade", trainingClass.getTitle(), followUp.getLinksMade()));
        return new MadeLink(followUpId, trainingClass.getTitle(), links.absolute(PATH + token), expires);
    }

    /** What the supervisor's form shows: whom and which class it is about, and the items. */
    public record PublicForm(Survey survey, String traineeName, String classTitle, LocalDate startsOn,
            LocalDate endsOn, String baseName, String programTitle) {
    }

    /** The form a link opens; a refusal when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    public PublicForm form(String token) {
        FollowUp followUp = valid(token, followUps.findByTokenHash(hashOf(token)).orElse(null));
        return publicForm(followUp);
    }

    /**
     * Records the supervisor's answers through a link, and uses the link up. {@code respondent} says who they are
     * to the trainee (required, at most {@value #MAX_RESPONDENT} characters). A refused answer records nothing.
     */
    @Transactional
    public void answer(String token, String respondent, List<Answer> answers) {
        FollowUp followUp = valid(token, followUps.lockByTokenHash(hashOf(token)).orElse(null));
        Survey survey = surveys.findWithItems(followUp.getSurveyId()).orElseThrow();
        String who = respondent == null ? null : respondent.strip();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (who == null || who.isEmpty()) {
            problems.add(new InvalidInputException.Problem("respondent", "followUp.respondentRequired"));
        } else if (who.length() > MAX_RESPONDENT) {
            problems.add(new InvalidInputException.Problem("respondent", "followUp.respondentTooLong",
                    List.of(MAX_RESPONDENT)));
        }
        CheckedAnswers checked;
        try {
            checked = survey.check(answers);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            checked = null;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        followUp.answer(checked, who, clock.instant());
        followUps.flush();
        jdbc.batchUpdate("""
                insert into training_follow_up_answer (follow_up_id, item_id, value, score, text) values (?, ?, ?, ?, ?)
                """, checked.answers().stream().map(a -> new Object[] {followUp.getId(), a.item().getId(), a.value(),
                a.score(), a.text()}).toList());
        TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
        audit.record(AuditEvent.of(AuditAction.CREATE, FollowUp.ENTITY, followUp.getId())
                .region(survey.getRegionCode()).message("audit.followUp.answered", trainingClass.getTitle()));
    }

    private PublicForm publicForm(FollowUp followUp) {
        Survey survey = surveys.findWithItems(followUp.getSurveyId()).orElseThrow();
        TrainingClass trainingClass = classes.findById(survey.getClassId()).orElseThrow();
        TalentCard card = registry.cards(List.of(followUp.getTalentId())).get(followUp.getTalentId());
        String baseName = bases.findById(trainingClass.getBaseId()).map(b -> b.getName()).orElse(null);
        return new PublicForm(survey, card == null ? null : card.name(), trainingClass.getTitle(),
                trainingClass.getStartsOn(), trainingClass.getEndsOn(), baseName,
                trainingClass.getLevel().getProgram().getTitle());
    }

    private FollowUp valid(String token, FollowUp followUp) {
        if (followUp == null || !followUp.linkValidAt(clock.instant())) {
            throw new BusinessRuleException("followUp.linkInvalid");
        }
        return followUp;
    }

    /** The stored hash of a well-formed token; a malformed one hashes to nothing any row holds. */
    private static String hashOf(String token) {
        return token != null && TOKEN.matcher(token).matches() ? hash(token) : "-";
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long currentTalent() {
        CurrentUser user = CurrentUser.require();
        return accounts.talentOf(user.id())
                .orElseThrow(() -> new org.iptalent.shared.AccessDeniedException("survey.noTalentRecord"));
    }
}
