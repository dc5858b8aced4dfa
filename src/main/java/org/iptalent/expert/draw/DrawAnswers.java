package org.iptalent.expert.draw;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.ExpertDrawn;
import org.iptalent.expert.engagement.Engagement;
import org.iptalent.expert.engagement.Engagements;
import org.iptalent.expert.pool.CreditRecord;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A drawn expert's answer, given by the expert (signed in with the talent's account) or recorded by the drawing
 * administration: a confirmation opens the engagement; a decline, written to the credit record, calls the
 * requirement's next reserve in its place. With no reserve left the requirement stays short, which the draw shows.
 */
@Service
public class DrawAnswers {

    private final DrawPicks picks;
    private final Draws draws;
    private final DrawViews views;
    private final Experts experts;
    private final Engagements engagements;
    private final CreditRecord credit;
    private final TalentAccounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DrawAnswers(DrawPicks picks, Draws draws, DrawViews views, Experts experts, Engagements engagements,
            CreditRecord credit, TalentAccounts accounts, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.picks = picks;
        this.draws = draws;
        this.views = views;
        this.experts = experts;
        this.engagements = engagements;
        this.credit = credit;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DrawView answer(long drawId, long pickId, boolean accept, String note) {
        CurrentUser user = CurrentUser.require();
        Draw draw = draws.findById(drawId).orElseThrow(() -> new RecordNotFoundException(ExpertDraws.ENTITY, drawId));
        List<DrawPick> all = picks.lockAll(drawId);
        DrawPick pick = all.stream().filter(p -> p.getId() == pickId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("ExpertDrawPick", pickId));
        Expert expert = experts.findById(pick.getExpertId()).orElseThrow();
        boolean administration = requireMayAnswer(user, draw, expert, pickId);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > DrawPick.NOTE_LENGTH) {
            throw new InvalidInputException(List.of(new Problem("note", "field.tooLong",
                    List.of(DrawPick.NOTE_LENGTH))));
        }
        Instant now = clock.instant();
        if (accept) {
            pick.confirm(now);
            engagements.save(new Engagement(expert.getId(), drawId, draw.getMatter(), draw.getRegionCode(),
                    LocalDate.now(clock), now));
        } else {
            pick.decline(text, now);
            credit.write(expert.getId(), CreditRecord.Kind.DECLINED, draw.getMatter(), user.id());
            Optional<DrawPick> reserve = all.stream().filter(p -> p.getRequirement() == pick.getRequirement())
                    .filter(p -> p.getState() == DrawPick.State.RESERVE).findFirst();
            reserve.ifPresent(r -> {
                r.callFor(pick, now);
                events.publishEvent(new ExpertDrawn(drawId, draw.getMatter(), List.of(r.getExpertId())));
            });
        }
        picks.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertDraws.ENTITY, drawId).region(draw.getRegionCode())
                .message(accept ? "expert.audit.confirmed" : "expert.audit.declined", draw.getMatter(),
                        String.valueOf(expert.getId()), text == null ? "" : text));
        // the drawn expert sees its own pick, nobody else's
        return administration ? views.of(draw) : views.of(draw).onlyFor(expert.getId());
    }

    /** The drawing administration (its region includes the draw's: true) or the drawn expert itself (false). */
    private boolean requireMayAnswer(CurrentUser user, Draw draw, Expert expert, long pickId) {
        boolean administration = (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN)) && RegionScope.current().includes(draw.getRegionCode());
        boolean self = accounts.talentOf(user.id()).filter(t -> t == expert.getTalentId()).isPresent();
        if (!administration && !self) {
            throw new RecordNotFoundException("ExpertDrawPick", pickId);
        }
        return administration;
    }
}
