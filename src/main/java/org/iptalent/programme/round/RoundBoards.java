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
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A round's page, read for the signed-in administrator. */
@Service
public class RoundBoards {

    public static final int PAGE_SIZE = 50;

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

    /** The first page of the round. */
    @Transactional(readOnly = true)
    public RoundBoard board(long roundId) {
        return board(roundId, 0, PAGE_SIZE);
    }

    /**
     * A page of the round's nominations: the size within 1 to {@value PageRequests#MAX_SIZE}, a page beyond the last
     * shows the last (a round may hold thousands of nominations).
     */
    @Transactional(readOnly = true)
    public RoundBoard board(long roundId, int page, int size) {
        CurrentUser user = ProgrammeAccess.administrator();
        SelectionRound round = planning.visible(roundId);
        ProgrammeView programme = catalogue.get(round.getProgrammeId());
        boolean administers = programme.administered();
        String province = user.scope().level() == RegionScope.Level.PROVINCE && user.has(Role.PROVINCIAL_ADMIN)
                ? user.scope().regionCode() : null;
        // the programme's administrator sees every province; a nominating province only its own
        String only = administers ? null : province;
        Map<String, Long> made = new HashMap<>();
        nominations.countsByProvince(roundId).forEach(row -> made.put((String) row[0], (Long) row[1]));
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
        List<Long> ids = new ArrayList<>(only == null ? nominations.idsOf(roundId) : nominations.idsOf(roundId, only));
        if (scoresVisible) {
            ids.sort(Comparator.comparing(id -> ranked.get(id) == null ? null : ranked.get(id).rank(),
                    Comparator.nullsLast(Comparator.naturalOrder())));
        }
        int pageSize = PageRequests.size(size);
        int totalPages = Math.max(1, (ids.size() + pageSize - 1) / pageSize);
        int shown = Math.min(Math.max(page, 0), totalPages - 1);
        List<Long> pageIds = ids.subList(shown * pageSize, Math.min(ids.size(), (shown + 1) * pageSize));
        Map<Long, ProgrammeNomination> byId = new HashMap<>();
        nominations.findAllById(pageIds).forEach(n -> byId.put(n.getId(), n));
        List<ProgrammeNomination> list = pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
        return new RoundBoard(programme, roundId, round.getYear(), round.getPlaces(), round.getNominationDeadline(),
                round.getState(), administers, province, scoresVisible, quotaRows, rows,
                administers ? review.panel(round) : null, notice, shown, totalPages, ids.size());
    }
}
