package org.iptalent.programme.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer's scoring sheet of a round: the nominees as the review needs them, with the reviewer's own scores. */
@Service
public class ReviewSheets {

    private final Rounds rounds;
    private final Programmes programmes;
    private final ProgrammeNominations nominations;
    private final RoundReview review;
    private final TalentRegistry registry;

    ReviewSheets(Rounds rounds, Programmes programmes, ProgrammeNominations nominations, RoundReview review,
            TalentRegistry registry) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.nominations = nominations;
        this.review = review;
        this.registry = registry;
    }

    public static final int PAGE_SIZE = 20;

    /** A page of the sheet (a round may hold thousands of nominations); beyond the last: the last. */
    @Transactional(readOnly = true)
    public ReviewSheet sheet(long roundId, int page) {
        // not on the panel: not found (myScores checks it)
        Map<Long, ReviewScore> mine = new HashMap<>();
        review.myScores(roundId).forEach(s -> mine.put(s.nominationId(), s));
        SelectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new RecordNotFoundException(RoundPlanning.ENTITY, roundId));
        TalentProgramme programme = programmes.findById(round.getProgrammeId()).orElseThrow();
        List<Long> ids = nominations.idsOf(roundId);
        int totalPages = Math.max(1, (ids.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), totalPages - 1);
        List<Long> pageIds = ids.subList(shown * PAGE_SIZE, Math.min(ids.size(), (shown + 1) * PAGE_SIZE));
        Map<Long, ProgrammeNomination> byId = new HashMap<>();
        nominations.findAllById(pageIds).forEach(n -> byId.put(n.getId(), n));
        List<ProgrammeNomination> list = pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        // the registry's cards without its region check: the panel is this reviewer's tie to these nominees
        Map<Long, TalentCard> cards = registry.cards(list.stream().map(ProgrammeNomination::getTalentId).toList());
        List<ReviewSheet.Row> rows = list.stream().map(n -> {
            TalentCard card = cards.get(n.getTalentId());
            ReviewScore score = mine.get(n.getId());
            return new ReviewSheet.Row(n.getId(), card == null ? null : card.name(),
                    card == null ? null : card.employerName(), n.getRegionCode(), n.getStatement(),
                    n.getAchievements(), score == null ? null : score.score(), score == null ? null : score.comment());
        }).toList();
        return new ReviewSheet(roundId, programme.getName(), round.getYear(), round.getState(),
                round.getState() == SelectionRound.State.REVIEWING, rows, mine.size(), ids.size(), shown, totalPages);
    }
}
