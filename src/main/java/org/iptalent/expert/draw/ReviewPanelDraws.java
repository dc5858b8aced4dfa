package org.iptalent.expert.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.iptalent.expert.ReviewPanels;
import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Review panels through the pool's own draw: a REVIEW_PANEL matter drawn from anywhere, the parties avoided. */
@Service
class ReviewPanelDraws implements ReviewPanels {

    private final ExpertDraws draws;
    private final DrawPicks picks;
    private final Experts experts;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;
    private final ExpertCategories categories;

    ReviewPanelDraws(ExpertDraws draws, DrawPicks picks, Experts experts, TalentRegistry registry,
            TalentAccounts accounts, ExpertCategories categories) {
        this.draws = draws;
        this.picks = picks;
        this.experts = experts;
        this.registry = registry;
        this.accounts = accounts;
        this.categories = categories;
    }

    @Override
    @Transactional
    public Panel draw(PanelRequest request) {
        DrawView view = draws.open(new DrawRequest(request.matter(), MatterKind.REVIEW_PANEL,
                List.of(new Requirement(request.category(), null, request.count())), RegionRule.ANY, null,
                request.partyOrganisationIds(), request.reserves(), null, null, null, null));
        return panel(view.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Panel panel(long drawId) {
        List<Long> held = picks.findByDrawIdOrderByRequirementAscPositionAsc(drawId).stream()
                .filter(p -> p.getState() == DrawPick.State.SELECTED || p.getState() == DrawPick.State.CONFIRMED)
                .map(DrawPick::getExpertId).toList();
        Map<Long, Expert> byId = new HashMap<>();
        experts.findAllById(held).forEach(e -> byId.put(e.getId(), e));
        Map<Long, TalentCard> cards = registry.cards(byId.values().stream().map(Expert::getTalentId).toList());
        List<Reviewer> reviewers = new ArrayList<>();
        for (long id : held) {
            Expert expert = byId.get(id);
            if (expert != null) {
                TalentCard card = cards.get(expert.getTalentId());
                reviewers.add(new Reviewer(id, expert.getTalentId(), card == null ? null : card.name(),
                        card == null ? null : card.employerName()));
            }
        }
        return new Panel(drawId, reviewers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> expertOf(long userId) {
        return accounts.talentOf(userId).flatMap(experts::findByTalentId).map(Expert::getId);
    }

    @Override
    public List<Category> categories(Locale locale) {
        return categories.all().stream().map(c -> new Category(c.code(), c.name(locale))).toList();
    }
}
