package org.iptalent.expert.draw;

import java.time.Instant;
import java.util.List;

import org.iptalent.expert.draw.DrawPick.State;
import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;

/**
 * A draw as its page and the API show it: the matter, the rules, the seed and method, how many were eligible per
 * requirement, and every pick with the drawn expert's name, region and employer (no contact detail).
 */
public record DrawView(long id, String matter, MatterKind matterKind, RegionRule regionRule, String regionCode,
        String localRegionCode, List<Long> partyOrganisationIds, List<RequirementView> requirements, int reserves,
        Integer maxRecentDraws, Integer recentMonths, String seed, String algorithm, int eligibleCount, Long redrawOf,
        String redrawReason, Instant drawnAt, List<PickView> picks) {

    /** A requirement: how many it needs, how many were eligible, how many are drawn now (short after declines). */
    public record RequirementView(int index, String category, String ipcClass, int count, int eligible, int filled) {
    }

    public record PickView(long id, long expertId, String name, String regionCode, String employerName,
            int requirement, int position, State state, Long replacesId, String answerNote, Instant answeredAt) {
    }

    // what a drawn expert sees: the matter and the rules, its own pick, nobody else's and no eligible lists
    public DrawView onlyFor(long expertId) {
        return new DrawView(id, matter, matterKind, regionRule, regionCode, localRegionCode, List.of(), requirements
                .stream().map(r -> new RequirementView(r.index(), r.category(), r.ipcClass(), r.count(), 0, 0))
                .toList(), reserves, maxRecentDraws, recentMonths, null, algorithm, 0, redrawOf, null, drawnAt,
                picks.stream().filter(p -> p.expertId() == expertId).toList());
    }

    // the experts drawn for the matter now: selected and not declined
    public List<Long> selected() {
        return picks.stream().filter(p -> p.state() == State.SELECTED || p.state() == State.CONFIRMED)
                .map(PickView::expertId).toList();
    }

    // the reserves not called yet, in the order they would be
    public List<Long> reserveList() {
        return picks.stream().filter(p -> p.state() == State.RESERVE).map(PickView::expertId).toList();
    }
}
