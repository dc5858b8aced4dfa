package org.iptalent.expert.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.iptalent.expert.draw.DrawAnswers;
import org.iptalent.expert.draw.DrawPick;
import org.iptalent.expert.draw.DrawRequest;
import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.expert.draw.DrawView;
import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.expert.draw.UnsatisfiableDrawException;
import org.iptalent.expert.engagement.Engagement;
import org.iptalent.expert.engagement.EngagementRecords;
import org.iptalent.expert.engagement.Evaluation;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's draws, made as the demo's national administrator ({@code national}) through {@link ExpertDraws} and
 * {@link DrawAnswers} as an administrator would, so each records its seed and eligible lists and replays: one matter
 * of each kind, in turn one selected expert declining (a reserve is called), the others confirming, and every
 * engagement evaluated. A draw the pool cannot meet (a small demo) is left out. The seeds are the service's own, from
 * SecureRandom: which experts are drawn differs from run to run, the matters and answers do not.
 */
@Component
class ExpertDrawDemo {

    private static final Logger log = LoggerFactory.getLogger(ExpertDrawDemo.class);

    private record Matter(String text, MatterKind kind, List<Requirement> requirements) {
    }

    private static final List<Matter> MATTERS = List.of(
            new Matter("matter.1", MatterKind.TECHNICAL_INVESTIGATION, List.of(new Requirement("TECHNICAL_FIELD",
                    null, 3))),
            new Matter("matter.2", MatterKind.MEDIATION, List.of(new Requirement("LAW", null, 3))),
            new Matter("matter.3", MatterKind.REVIEW_PANEL, List.of(new Requirement("GEOGRAPHICAL_INDICATION", null,
                    5))),
            new Matter("matter.4", MatterKind.CONSULTATION, List.of(new Requirement("TRADE_SECRET", null, 3))),
            new Matter("matter.5", MatterKind.ADJUDICATION, List.of(new Requirement("PATENT_EXAMINATION", null, 3),
                    new Requirement("LAW", null, 2))),
            new Matter("matter.6", MatterKind.REVIEW_PANEL, List.of(new Requirement("TRADITIONAL_KNOWLEDGE", null, 3),
                    new Requirement("TRADITIONAL_CULTURE", null, 2))));

    private final ExpertDraws draws;
    private final DrawAnswers answers;
    private final EngagementRecords engagements;
    private final UserManagement users;
    private final Clock clock;

    ExpertDrawDemo(ExpertDraws draws, DrawAnswers answers, EngagementRecords engagements, UserManagement users,
            Clock clock) {
        this.draws = draws;
        this.answers = answers;
        this.engagements = engagements;
        this.users = users;
        this.clock = clock;
    }

    /** Makes up to {@code count} draws as the administrator named; how many were made (none without one). */
    int contribute(Random random, int count, String administrator) {
        Optional<UserSummary> national = users.findByUsername(administrator);
        if (national.isEmpty() || count <= 0) {
            return 0;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserSummary user = national.get();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new CurrentUser(user.id(),
                user.username(), user.displayName(), user.roles(), user.regionCode()), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            int made = 0;
            for (int i = 0; i < count; i++) {
                Matter matter = MATTERS.get(i % MATTERS.size());
                String text = ExpertPoolDemoData.TEXTS.format(matter.text(), 100 + random.nextInt(900));
                try {
                    DrawView draw = draws.open(new DrawRequest(text, matter.kind(), matter.requirements(),
                            RegionRule.ANY, null, List.of(), 2, null, null, null, null));
                    answer(random, draw, i % 2 == 0);
                    made++;
                } catch (UnsatisfiableDrawException tooFew) {
                    log.info("Demo draw left out, the pool is too small: {}", text);
                }
            }
            return made;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Every selected expert answers (the first one declining, if asked), then each engagement is evaluated. */
    private void answer(Random random, DrawView draw, boolean oneDeclines) {
        boolean decline = oneDeclines;
        for (Optional<DrawView.PickView> open = waiting(draws.get(draw.id())); open.isPresent();
                open = waiting(draws.get(draw.id()))) {
            answers.answer(draw.id(), open.get().id(), !decline,
                    decline ? ExpertPoolDemoData.TEXTS.get("declined") : null);
            decline = false;
        }
        LocalDate today = LocalDate.now(clock);
        for (DrawView.PickView pick : draws.get(draw.id()).picks()) {
            if (pick.state() != DrawPick.State.CONFIRMED) {
                continue;
            }
            for (Engagement engagement : engagements.ofExpert(pick.expertId())) {
                if (engagement.getDrawId() != null && engagement.getDrawId() == draw.id()
                        && engagement.getEvaluatedAt() == null) {
                    engagements.evaluate(engagement.getId(), engagement.getVersion(), new Evaluation(today,
                            ExpertPoolDemoData.TEXTS.get("outcome"), score(random), score(random), score(random),
                            null));
                }
            }
        }
    }

    private static Optional<DrawView.PickView> waiting(DrawView view) {
        return view.picks().stream().filter(p -> p.state() == DrawPick.State.SELECTED && p.answeredAt() == null)
                .findFirst();
    }

    /** Mostly good work: 3 to 5, now and then a 2. */
    private static int score(Random random) {
        return random.nextInt(10) == 0 ? 2 : 3 + random.nextInt(3);
    }
}
