package org.iptalent.expert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.expert.draw.DrawPick.State;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.expert.draw.DrawView.PickView;
import org.iptalent.expert.draw.DrawView.RequirementView;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.springframework.stereotype.Component;

/**
 * A draw's view. The drawn experts' names, regions and employers are shown to whoever sees the draw, wherever the
 * experts work: the administration that drew them has to reach them. Nothing else of theirs.
 */
@Component
class DrawViews {

    private final DrawPicks picks;
    private final Experts experts;
    private final TalentRegistry registry;

    DrawViews(DrawPicks picks, Experts experts, TalentRegistry registry) {
        this.picks = picks;
        this.experts = experts;
        this.registry = registry;
    }

    DrawView of(Draw draw) {
        List<DrawPick> all = picks.findByDrawIdOrderByRequirementAscPositionAsc(draw.getId());
        Map<Long, Expert> byId = new java.util.HashMap<>();
        experts.findAllById(all.stream().map(DrawPick::getExpertId).toList()).forEach(e -> byId.put(e.getId(), e));
        Map<Long, TalentCard> cards = registry.cards(byId.values().stream().map(Expert::getTalentId).toList());
        List<PickView> pickViews = new ArrayList<>();
        for (DrawPick pick : all) {
            Expert expert = byId.get(pick.getExpertId());
            TalentCard card = expert == null ? null : cards.get(expert.getTalentId());
            pickViews.add(new PickView(pick.getId(), pick.getExpertId(), card == null ? null : card.name(),
                    expert == null ? null : expert.getRegionCode(), card == null ? null : card.employerName(),
                    pick.getRequirement(), pick.getPosition(), pick.getState(), pick.getReplacesId(),
                    pick.getAnswerNote(), pick.getAnsweredAt()));
        }
        List<Requirement> requirements = draw.requirementList();
        List<List<Long>> eligible = draw.eligibleLists();
        List<RequirementView> requirementViews = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            int index = i;
            int filled = (int) all.stream().filter(p -> p.getRequirement() == index)
                    .filter(p -> p.getState() == State.SELECTED || p.getState() == State.CONFIRMED).count();
            Requirement r = requirements.get(i);
            requirementViews.add(new RequirementView(i, r.category(), r.ipcClass(), r.count(), eligible.get(i).size(),
                    filled));
        }
        return new DrawView(draw.getId(), draw.getMatter(), draw.getMatterKind(), draw.getRegionRule(),
                draw.getRegionCode(), draw.getLocalRegionCode(), draw.parties(), requirementViews, draw.getReserves(),
                draw.getMaxRecentDraws(), draw.getRecentMonths(), draw.getSeed(), draw.getAlgorithm(),
                draw.getEligibleCount(), draw.getRedrawOf(), draw.getRedrawReason(), draw.getDrawnAt(), pickViews);
    }
}
