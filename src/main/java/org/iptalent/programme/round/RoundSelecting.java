package org.iptalent.programme.round;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.publicnotice.PublicNoticeDraft;
import org.iptalent.publicnotice.PublicNoticeView;
import org.iptalent.publicnotice.PublicNotices;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a round: its administrator proposes the best-ranked nominations (at most the places) in a public
 * notice, which closes the review; once the notice has closed, concluding the round selects the proposed talents
 * except those whose entry stands objected (an objection dismissed no longer counts). Each selected talent gets a
 * selection of the programme, once per programme, and is told.
 */
@Service
public class RoundSelecting {

    public static final String TOPIC = "programme-selection";
    public static final String ENTITY = "ProgrammeSelection";
    static final int TITLE_LENGTH = 200;
    static final int BODY_LENGTH = 4000;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RoundPlanning planning;
    private final Rounds rounds;
    private final ProgrammeAccess access;
    private final ProgrammeNominations nominations;
    private final RoundScores scores;
    private final PublicNotices notices;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RoundSelecting(RoundPlanning planning, Rounds rounds, ProgrammeAccess access, ProgrammeNominations nominations,
            RoundScores scores, PublicNotices notices, TalentRegistry registry, TalentAccounts accounts,
            Notifications notifications, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.planning = planning;
        this.rounds = rounds;
        this.access = access;
        this.nominations = nominations;
        this.scores = scores;
        this.notices = notices;
        this.registry = registry;
        this.accounts = accounts;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes the top {@code count} of the ranking and publishes them for objections from opensOn to closesOn. */
    @Transactional
    public long publishNotice(long roundId, Integer count, String title, String body, LocalDate opensOn,
            LocalDate closesOn) {
        SelectionRound round = planning.lock(roundId);
        TalentProgramme programme = access.administered(round.getProgrammeId());
        round.requireScoring();
        if (count == null || count < 1 || count > round.getPlaces()) {
            throw new BusinessRuleException("count", "programme.notice.proposedCount",
                    String.valueOf(round.getPlaces()));
        }
        if (title == null || title.isBlank() || title.strip().length() > TITLE_LENGTH) {
            throw new BusinessRuleException("title", "programme.notice.titleLength", TITLE_LENGTH);
        }
        if (body != null && body.strip().length() > BODY_LENGTH) {
            throw new BusinessRuleException("body", "field.tooLong", BODY_LENGTH);
        }
        List<Ranked> top = scores.ranking(roundId).stream().filter(r -> r.mean() != null).limit(count).toList();
        if (top.size() < count) {
            throw new BusinessRuleException("count", "programme.notice.tooFewScored", String.valueOf(top.size()));
        }
        Map<Long, ProgrammeNomination> byId = new HashMap<>();
        nominations.findAllById(top.stream().map(Ranked::nominationId).toList()).forEach(n -> byId.put(n.getId(), n));
        Map<Long, TalentCard> cards = registry.cards(byId.values().stream().map(ProgrammeNomination::getTalentId)
                .toList());
        List<PublicNoticeDraft.Entry> entries = new ArrayList<>();
        for (Ranked ranked : top) {
            ProgrammeNomination nomination = byId.get(ranked.nominationId());
            TalentCard card = cards.get(nomination.getTalentId());
            entries.add(new PublicNoticeDraft.Entry(String.valueOf(nomination.getId()),
                    card == null ? "-" : card.name(), card == null ? null : card.employerName(),
                    abbreviated(nomination.getAchievements(), 500)));
            nomination.propose();
        }
        long noticeId = notices.publish(new PublicNoticeDraft(TOPIC, "programme-round-" + roundId,
                programme.getRegionCode(), title.strip(), body == null || body.isBlank() ? null : body.strip(),
                entries, opensOn, closesOn));
        round.inNotice(count, noticeId, clock.instant());
        rounds.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RoundPlanning.ENTITY, roundId).region(programme.getRegionCode())
                .message("programme.audit.noticePublished", programme.getName(), String.valueOf(round.getYear()),
                        String.valueOf(count), String.valueOf(noticeId)));
        return noticeId;
    }

    /** The notice of the round, as its publishing administration reads it (with the objections per entry). */
    @Transactional(readOnly = true)
    public PublicNoticeView notice(SelectionRound round) {
        return round.getNoticeId() == null ? null : notices.get(round.getNoticeId());
    }

    /** After the notice has closed: the proposed talents not objected are selected, told, and the round concluded. */
    @Transactional
    public List<Long> conclude(long roundId) {
        SelectionRound round = planning.lock(roundId);
        TalentProgramme programme = access.administered(round.getProgrammeId());
        round.require(SelectionRound.State.IN_NOTICE);
        PublicNoticeView notice = notices.get(round.getNoticeId());
        Instant now = clock.instant();
        round.conclude(notice.closed(), now);
        Set<String> objected = notices.objectedReferences(round.getNoticeId());
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        List<Long> selected = new ArrayList<>();
        for (ProgrammeNomination nomination : nominations.findByRoundIdOrderByIdAsc(roundId)) {
            if (!nomination.isProposed() || objected.contains(String.valueOf(nomination.getId()))) {
                continue;
            }
            int made = jdbc.update("""
                    insert into programme_selection (programme_id, round_id, nomination_id, talent_id, year,
                      region_code, selected_on, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (programme_id, talent_id) do nothing""",
                    programme.getId(), roundId, nomination.getId(), nomination.getTalentId(), round.getYear(),
                    nomination.getRegionCode(), today, Timestamp.from(now));
            if (made == 1) {
                selected.add(nomination.getTalentId());
            }
        }
        rounds.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RoundPlanning.ENTITY, roundId).region(programme.getRegionCode())
                .message("programme.audit.concluded", programme.getName(), String.valueOf(round.getYear()),
                        String.valueOf(selected.size()), String.valueOf(objected.size())));
        accounts.accountsOf(selected).forEach((talent, account) -> notifications.send(Notice.of(account,
                "programmeSelection", "programme.notice.selected", programme.getName(),
                String.valueOf(round.getYear())).byEmail().once("programme-selection." + roundId + "." + talent)));
        return selected;
    }

    private static String abbreviated(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
