package org.iptalent.expert.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.iptalent.expert.admission.AdmissionDecisions;
import org.iptalent.expert.admission.AdmissionInput;
import org.iptalent.expert.admission.AdmissionView;
import org.iptalent.expert.admission.ExpertAdmissions;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's admission queue, made through the services as the demo's national administrator would: talents of the
 * registry who are not experts yet nominated across the categories; some waiting for the first review, some passed
 * or refused there, some re-reviewed, and those published in an open public notice (it cannot have closed: a notice
 * opens today at the earliest), so every page of the admission has something to show.
 */
@Component
class AdmissionDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(AdmissionDemoData.class);
    static final DemoTexts TEXTS = DemoTexts.load("expert/demo/admission-demo.properties");
    private static final int APPLICATIONS = 30;
    private static final List<String> CATEGORIES = List.of("TECHNICAL_FIELD", "LAW", "GEOGRAPHICAL_INDICATION",
            "TRADE_SECRET", "TRADITIONAL_KNOWLEDGE", "TRADITIONAL_CULTURE", "PATENT_EXAMINATION",
            "TRADEMARK_EXAMINATION");
    private static final List<String> IPC = List.of("G06", "H04", "A61", "C07", "B60", "H01");

    private final ExpertAdmissions admissions;
    private final AdmissionDecisions decisions;
    private final UserManagement users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AdmissionDemoData(ExpertAdmissions admissions, AdmissionDecisions decisions, UserManagement users,
            JdbcTemplate jdbc, Clock clock) {
        this.admissions = admissions;
        this.decisions = decisions;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "expert-admission";
    }

    @Override
    public int order() {
        return 48;
    }

    @Override
    public void contribute(DemoProperties demo) {
        fill(demo, "national", jdbc.queryForList("""
                select t.id from talent t where t.merged_into_id is null and t.status = 'ACTIVE'
                  and not exists (select 1 from expert e where e.talent_id = t.id)
                order by t.id limit ?""", Long.class, APPLICATIONS));
    }

    /** Nominates the talents given as the administrator named (none without one); how many went to the notice. */
    int fill(DemoProperties demo, String administrator, List<Long> talents) {
        Optional<UserSummary> national = users.findByUsername(administrator);
        if (national.isEmpty()) {
            return 0;
        }
        Random random = new Random(demo.seed() + 48);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserSummary user = national.get();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new CurrentUser(user.id(),
                user.username(), user.displayName(), user.roles(), user.regionCode()), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            List<Long> toNotice = new java.util.ArrayList<>();
            for (int i = 0; i < talents.size(); i++) {
                AdmissionView application = admissions.submit(new AdmissionInput(talents.get(i),
                        Set.of(CATEGORIES.get(i % CATEGORIES.size())), Set.of(IPC.get(random.nextInt(IPC.size()))),
                        Set.of(Duty.values()[random.nextInt(Duty.values().length)]),
                        TEXTS.format("statement", TEXTS.get("field" + (i % 4)))), List.of());
                switch (i % 6) {
                    case 2 -> decisions.review(application.id(), true, TEXTS.get("opinionFirst"));
                    case 3 -> decisions.review(application.id(), false, TEXTS.get("opinionRefused"));
                    case 4, 5 -> {
                        decisions.review(application.id(), true, TEXTS.get("opinionFirst"));
                        decisions.review(application.id(), true, TEXTS.get("opinionSecond"));
                        toNotice.add(application.id());
                    }
                    default -> {
                        // waits for its first review
                    }
                }
            }
            if (!toNotice.isEmpty()) {
                LocalDate today = LocalDate.now(clock);
                decisions.publish(toNotice, TEXTS.get("noticeTitle"), TEXTS.get("noticeBody"), today,
                        today.plusDays(7));
            }
            log.info("Demo expert admission: {} applications, {} in an open public notice", talents.size(),
                    toNotice.size());
            return toNotice.size();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
