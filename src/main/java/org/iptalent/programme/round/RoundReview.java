package org.iptalent.programme.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.ReviewPanels;
import org.iptalent.expert.ReviewPanels.Panel;
import org.iptalent.expert.ReviewPanels.PanelRequest;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert review: the programme's administrator draws the reviewers from the expert pool (avoiding the nominees'
 * employers), each drawn expert, signed in with their talent account, scores every nomination 0 to 100 with a
 * comment, and may change a score until the review closes. A reviewer sees only their own scores; the ranking is the
 * programme administrator's during the review and everyone's who sees the round after it.
 */
@Service
public class RoundReview {

    public static final String SCORE_ENTITY = "ProgrammeScore";
    public static final int COMMENT_LENGTH = 1000;
    public static final int MAX_REVIEWERS = 30;
    /** The most parties the pool's draw avoids. */
    static final int AVOIDED_EMPLOYERS = 50;

    private final RoundPlanning planning;
    private final Rounds rounds;
    private final Programmes programmes;
    private final ProgrammeAccess access;
    private final ProgrammeNominations nominations;
    private final RoundScores scores;
    private final ReviewPanels panels;
    private final TalentAccounts accounts;
    private final TalentRegistry registry;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    RoundReview(RoundPlanning planning, Rounds rounds, Programmes programmes, ProgrammeAccess access,
            ProgrammeNominations nominations, RoundScores scores, ReviewPanels panels, TalentAccounts accounts,
            TalentRegistry registry, Notifications notifications, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.planning = planning;
        this.rounds = rounds;
        this.programmes = programmes;
        this.access = access;
        this.nominations = nominations;
        this.scores = scores;
        this.panels = panels;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Draws the panel of the round (once); the reviewers are told where to score. */
    @Transactional
    public Panel drawPanel(long roundId, String category, Integer count, Integer reserves) {
        SelectionRound round = planning.lock(roundId);
        TalentProgramme programme = access.administered(round.getProgrammeId());
        round.require(SelectionRound.State.REVIEWING);
        if (count == null || count < 1 || count > MAX_REVIEWERS) {
            throw new BusinessRuleException("count", "programme.review.countRange", String.valueOf(MAX_REVIEWERS));
        }
        // the pool's draw avoids at most AVOIDED_EMPLOYERS parties: the employers of the most nominees; a reviewer
        // working for another nominee's employer is recused from that nomination when scoring
        Map<Long, Long> nomineesPer = nominations.findByRoundIdOrderByIdAsc(roundId).stream()
                .map(ProgrammeNomination::getEmployerId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<Long> employers = nomineesPer.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()).limit(AVOIDED_EMPLOYERS)
                .map(Map.Entry::getKey).toList();
        String matter = programme.getName() + " " + round.getYear() + " #" + roundId;
        Panel panel = panels.draw(new PanelRequest(matter, category, count, reserves == null ? 0 : reserves,
                employers));
        round.panelDrawn(panel.drawId(), clock.instant());
        rounds.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RoundPlanning.ENTITY, roundId).region(programme.getRegionCode())
                .message("programme.audit.panelDrawn", programme.getName(), String.valueOf(round.getYear()),
                        String.valueOf(panel.drawId()), String.valueOf(panel.reviewers().size())));
        tell(panel, programme, round);
        return panel;
    }

    /**
     * A score as a form or the API sends it: 50.5 is refused rather than cut to 50 (JSON numbers with a fraction
     * would otherwise be bound to an int silently).
     */
    @Transactional
    public ReviewScore score(long nominationId, BigDecimal score, String comment) {
        Integer whole;
        try {
            whole = score == null ? null : score.intValueExact();
        } catch (ArithmeticException e) {
            throw new BusinessRuleException("score", "programme.review.scoreRange");
        }
        return score(nominationId, whole, comment);
    }

    /** A drawn reviewer scores a nomination (again, replacing their score) while the review is open. */
    @Transactional
    public ReviewScore score(long nominationId, Integer score, String comment) {
        CurrentUser user = CurrentUser.require();
        ProgrammeNomination nomination = nominations.findById(nominationId)
                .orElseThrow(() -> new RecordNotFoundException(RoundNominating.ENTITY, nominationId));
        SelectionRound round = rounds.lock(nomination.getRoundId())
                .orElseThrow(() -> new RecordNotFoundException(RoundNominating.ENTITY, nominationId));
        long expert = reviewer(user, round);
        round.requireScoring();
        if (nomination.getEmployerId() != null && panels.panel(round.getDrawId()).reviewers().stream()
                .filter(r -> r.expertId() == expert).map(ReviewPanels.Reviewer::talentId)
                .anyMatch(registry.employedAt(List.of(nomination.getEmployerId()))::contains)) {
            throw new BusinessRuleException("score", "programme.review.recused");
        }
        if (score == null || score < 0 || score > 100) {
            throw new BusinessRuleException("score", "programme.review.scoreRange");
        }
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (said != null && said.length() > COMMENT_LENGTH) {
            throw new BusinessRuleException("comment", "field.tooLong", COMMENT_LENGTH);
        }
        var now = clock.instant();
        scores.put(nominationId, expert, score, said, user.id(), now);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SCORE_ENTITY, nominationId).region(nomination.getRegionCode())
                .message("programme.audit.scored", String.valueOf(round.getYear()), String.valueOf(nominationId),
                        String.valueOf(expert)));
        return new ReviewScore(nominationId, expert, score, said, now);
    }

    /** The reviewer's own scores of the round (a user not on its panel: not found). */
    @Transactional(readOnly = true)
    public List<ReviewScore> myScores(long roundId) {
        SelectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new RecordNotFoundException(RoundPlanning.ENTITY, roundId));
        return scores.of(roundId, reviewer(CurrentUser.require(), round));
    }

    /** Whether the signed-in user is on the round's panel (any round state). */
    @Transactional(readOnly = true)
    public boolean reviews(SelectionRound round) {
        try {
            reviewer(CurrentUser.require(), round);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    /** The rounds whose panel the signed-in user is on, latest first. */
    @Transactional(readOnly = true)
    public List<ReviewRound> myRounds() {
        Long expert = panels.expertOf(CurrentUser.require().id()).orElse(null);
        if (expert == null) {
            return List.of();
        }
        return rounds.findAll(org.springframework.data.domain.Sort.by("year").descending()).stream()
                .filter(r -> r.getDrawId() != null && panels.panel(r.getDrawId()).includes(expert))
                .map(r -> new ReviewRound(r.getId(), programmes.findById(r.getProgrammeId()).orElseThrow().getName(),
                        r.getYear(), r.getState())).toList();
    }

    /** A round a reviewer is drawn for, as their list shows it. */
    public record ReviewRound(long roundId, String programmeName, int year, SelectionRound.State state) {
    }

    /**
     * A page of the round's scores (a round may hold thousands): the programme's administrator during the review and
     * every score; after it, a province that does not run the programme those of its own nominations only.
     */
    @Transactional(readOnly = true)
    public List<ReviewScore> allScores(long roundId, int page, int size) {
        SelectionRound round = planning.visible(roundId);
        requireScoresVisible(round);
        int pageSize = PageRequests.size(size);
        int from = PageRequests.page(page, pageSize, PageRequests.DATABASE_WINDOW);
        return scores.page(roundId, ownProvince(round), pageSize, (long) from * pageSize);
    }

    /** The ranking as the reader may see it: every nomination, or (a province not running it) its own. */
    @Transactional(readOnly = true)
    public List<Ranked> ranking(long roundId) {
        SelectionRound round = planning.visible(roundId);
        requireScoresVisible(round);
        String province = ownProvince(round);
        if (province == null) {
            return scores.ranking(roundId);
        }
        Set<Long> own = new HashSet<>(nominations.idsOf(roundId, province));
        return scores.ranking(roundId).stream().filter(r -> own.contains(r.nominationId())).toList();
    }

    /** Null for the programme's administrators; else the reader's province, whose nominations alone they see. */
    private String ownProvince(SelectionRound round) {
        CurrentUser user = CurrentUser.require();
        TalentProgramme programme = programmes.findById(round.getProgrammeId()).orElseThrow();
        if (ProgrammeAccess.administers(user, programme) || user.has(Role.NATIONAL_ADMIN)) {
            return null;
        }
        // visible() let only a provincial administrator this far; "" matches no province
        return user.scope().level() == RegionScope.Level.PROVINCE ? user.scope().regionCode() : "";
    }

    /** The round's reviewers, for those who see its scores. */
    @Transactional(readOnly = true)
    public Panel panel(SelectionRound round) {
        return round.getDrawId() == null ? null : panels.panel(round.getDrawId());
    }

    public List<ReviewPanels.Category> categories(Locale locale) {
        return panels.categories(locale);
    }

    boolean scoresVisible(SelectionRound round) {
        TalentProgramme programme = programmes.findById(round.getProgrammeId()).orElseThrow();
        return round.reviewClosed() || ProgrammeAccess.administers(CurrentUser.require(), programme);
    }

    private void requireScoresVisible(SelectionRound round) {
        if (!scoresVisible(round)) {
            throw new AccessDeniedException("programme.review.scoresHidden");
        }
    }

    private long reviewer(CurrentUser user, SelectionRound round) {
        Long expert = panels.expertOf(user.id()).orElse(null);
        if (expert == null || round.getDrawId() == null || !panels.panel(round.getDrawId()).includes(expert)) {
            throw new RecordNotFoundException(RoundPlanning.ENTITY, round.getId());
        }
        return expert;
    }

    private void tell(Panel panel, TalentProgramme programme, SelectionRound round) {
        var accountOf = accounts.accountsOf(panel.reviewers().stream().map(ReviewPanels.Reviewer::talentId).toList());
        accountOf.values().forEach(account -> notifications.send(Notice.of(account, "programmeReview",
                "programme.notice.reviewer", programme.getName(), String.valueOf(round.getYear()))
                .linkedTo("/programmes/reviews/" + round.getId()).once("programme-review." + round.getId() + "."
                        + account)));
    }
}
