package org.iptalent.programme.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.programme.round.RoundBoard.NominationRow;
import org.iptalent.programme.round.RoundBoard.QuotaRow;
import org.iptalent.publicnotice.PublicNoticeView;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A round's page, read for the signed-in administrator. */
@Service
public class RoundBoards {

    private final RoundPlanning planning;
    private final ProgrammeCatalogue catalogue;
    private final RoundQuotas quotas;
    private final ProgrammeNominations nominations;
    private final RoundScores scores;
    private final RoundReview review;
    private final RoundSelecting selecting;
    private final TalentRegistry registry;
    private final JdbcTemplate jdbc;

    RoundBoards(RoundPlanning planning, ProgrammeCatalogue catalogue, RoundQuotas quotas,
            ProgrammeNominations nominations, RoundScores scores, RoundReview review, RoundSelecting selecting,
            TalentRegistry registry, JdbcTemplate jdbc) {
        this.planning = planning;
        this.catalogue = catalogue;
        this.quotas = quotas;
        this.nominations = nominations;
        this.scores = scores;
        this.review = review;
        this.selecting = selecting;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public RoundBoard board(long roundId) {
        CurrentUser user = ProgrammeAccess.administrator();
        SelectionRound round = planning.visible(roundId);
        ProgrammeView programme = catalogue.get(round.getProgrammeId());
        boolean administers = programme.administered();
        String province = user.scope().level() == RegionScope.Level.PROVINCE && user.has(Role.PROVINCIAL_ADMIN)
                ? user.scope().regionCode() : null;
        // the programme's administrator sees every province; a nominating province only its own
        String only = administers ? null : province;
        List<ProgrammeNomination> list = nominations.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(n -> only == null || only.equals(n.getProvinceCode())).toList();
        Map<String, Long> made = new HashMap<>();
        nominations.findByRoundIdOrderByIdAsc(roundId).forEach(n -> made.merge(n.getProvinceCode(), 1L, Long::sum));
        List<QuotaRow> quotaRows = new ArrayList<>();
        quotas.of(roundId).forEach((code, quota) -> {
            if (only == null || only.equals(code)) {
                quotaRows.add(new QuotaRow(code, quota, made.getOrDefault(code, 0L)));
            }
        });
        boolean scoresVisible = review.scoresVisible(round);
        Map<Long, Ranked> ranked = new LinkedHashMap<>();
        if (scoresVisible) {
            scores.ranking(roundId).forEach(r -> ranked.put(r.nominationId(), r));
        }
        Set<Long> selected = new HashSet<>(jdbc.queryForList(
                "select nomination_id from programme_selection where round_id = ?", Long.class, roundId));
        PublicNoticeView notice = administers ? selecting.notice(round) : null;
        Map<Long, TalentCard> cards = registry.cards(list.stream().map(ProgrammeNomination::getTalentId).toList());
        List<NominationRow> rows = new ArrayList<>();
        for (ProgrammeNomination n : list) {
            TalentCard card = cards.get(n.getTalentId());
            Ranked r = ranked.get(n.getId());
            int objections = notice == null ? 0 : notice.entry(String.valueOf(n.getId()))
                    .map(PublicNoticeView.EntryView::objections).orElse(0);
            rows.add(new NominationRow(n.getId(), n.getTalentId(), card == null ? null : card.name(),
                    card == null ? null : card.employerName(), n.getProvinceCode(), n.getRegionCode(),
                    n.getStatement(), n.getAchievements(), n.isProposed(), r == null ? null : r.mean(),
                    r == null ? 0 : r.scores(), r == null ? null : r.rank(), selected.contains(n.getId()),
                    objections));
        }
        if (scoresVisible) {
            rows.sort(Comparator.comparing(NominationRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return new RoundBoard(programme, roundId, round.getYear(), round.getPlaces(), round.getNominationDeadline(),
                round.getState(), administers, province, scoresVisible, quotaRows, rows,
                administers ? review.panel(round) : null, notice);
    }
}
