package org.iptalent.expert.draw;

import org.iptalent.expert.ExpertDrawn;
import org.iptalent.expert.pool.Experts;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each drawn expert who has an account (the talent's) that it was drawn, by notice and e-mail, in the draw's
 * transaction: a draw is never recorded without its notices, nor a notice sent for a draw that failed.
 */
@Component
class DrawNotices {

    static final String TOPIC = "expertDraw";

    private final Experts experts;
    private final TalentAccounts accounts;
    private final Notifications notifications;

    DrawNotices(Experts experts, TalentAccounts accounts, Notifications notifications) {
        this.experts = experts;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void drawn(ExpertDrawn event) {
        experts.findAllById(event.expertIds()).forEach(expert -> accounts.accountOf(expert.getTalentId())
                .ifPresent(user -> notifications.send(Notice.of(user, TOPIC, "expert.draw.notice.drawn",
                        event.matter()).linkedTo("/experts/draws/" + event.drawId()).byEmail()
                        .once("expert-draw-" + event.drawId() + "-" + expert.getId()))));
    }
}
