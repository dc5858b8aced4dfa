package org.iptalent.expert.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's National IP Expert Advisory Committee (seeded by V37): about {@value #MEMBERS} appointed experts of the
 * demo pool serving (a chair, vice chairs, members) and two who left, kept in its history; and a consultation in each
 * state — archived with its summary, closed awaiting one, open with some opinions in, a draft. Written as rows (the
 * services refuse to back-date a deadline), in one transaction. Runs after the expert pool (45) and think tanks (46).
 */
@Component
class CommitteeDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDemoData.class);
    private static final DemoTexts TEXTS = DemoTexts.load("expert/demo/committee-demo.properties");
    static final int MEMBERS = 40;
    private static final String[] POSITIONS = {"AGREE", "AGREE", "AGREE_WITH_CHANGES", "AGREE_WITH_CHANGES",
        "AGREE_WITH_CHANGES", "DISAGREE", "ABSTAIN"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "expert-committees";
    }

    @Override
    public int order() {
        return 47;
    }

    @Override
    public void contribute(DemoProperties demo) {
        Random random = new Random(demo.seed() + 47);
        Integer seated = transaction.execute(status -> fill(random));
        log.info("Demo advisory committee: {} members serving", seated);
    }

    private int fill(Random random) {
        List<Long> committee = jdbc.queryForList("select id from advisory_committee where level = 'NATIONAL' "
                + "order by id limit 1", Long.class);
        if (committee.isEmpty()) {
            return 0;
        }
        long id = committee.get(0);
        LocalDate[] term = jdbc.queryForObject("select term_starts_on, term_ends_on from advisory_committee "
                + "where id = ?", (rs, n) -> new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()},
                id);
        List<Long> experts = new ArrayList<>(jdbc.queryForList("select id from expert where status = 'APPOINTED' "
                + "and not blacklisted and not exists (select 1 from advisory_committee_member m where "
                + "m.expert_id = expert.id and m.committee_id = ?) order by id limit 2000", Long.class, id));
        if (experts.size() < 3) {
            return 0;
        }
        Collections.shuffle(experts, random);
        int serving = Math.min(MEMBERS, experts.size() - 2);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.isBefore(term[0]) ? today : term[0];
        List<Long> members = experts.subList(0, serving);
        for (int i = 0; i < serving; i++) {
            String role = i == 0 ? "CHAIR" : i <= 3 ? "VICE_CHAIR" : "MEMBER";
            jdbc.update("insert into advisory_committee_member (committee_id, expert_id, role, starts_on, ends_on, "
                    + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)", id, members.get(i), role, from, term[1],
                    Timestamp.from(now), Timestamp.from(now));
        }
        for (int i = 0; i < 2; i++) {
            LocalDate left = from.plusDays(30 + random.nextInt(90));
            jdbc.update("insert into advisory_committee_member (committee_id, expert_id, role, starts_on, ends_on, "
                    + "left_on, left_reason, created_at, updated_at) values (?, ?, 'MEMBER', ?, ?, ?, ?, ?, ?)", id,
                    experts.get(serving + i), from, term[1], left.isAfter(today) ? today : left,
                    TEXTS.get("left." + (i + 1)), Timestamp.from(now), Timestamp.from(now));
        }
        consultation(random, id, 1, "ARCHIVED", now.minus(Duration.ofDays(90)), members, 0.85, true);
        consultation(random, id, 2, "CLOSED", now.minus(Duration.ofDays(5)), members, 0.75, false);
        consultation(random, id, 3, "OPEN", now.plus(Duration.ofDays(10)), members, 0.3, false);
        consultation(random, id, 4, "DRAFT", now.plus(Duration.ofDays(30)), members, 0, false);
        audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null)
                .message("expert.committee.demo.audit", String.valueOf(serving)));
        return serving;
    }

    /** One consultation in {@code state}, sent (unless a draft) to the members, {@code share} of them answering. */
    private void consultation(Random random, long committeeId, int n, String state, Instant deadline,
            List<Long> members, double share, boolean summarised) {
        Instant opened = deadline.minus(Duration.ofDays(21));
        Instant created = opened.minus(Duration.ofDays(2));
        boolean sent = !"DRAFT".equals(state);
        Instant now = clock.instant();
        boolean closed = "CLOSED".equals(state) || "ARCHIVED".equals(state);
        Long id = jdbc.queryForObject("""
                insert into consultation (committee_id, region_code, title, question, deadline, state, summary,
                    opened_at, closed_at, archived_at, created_by, created_at, updated_at)
                values (?, '000000', ?, ?, ?, ?, ?, ?, ?, ?, coalesce((select id from app_user where username =
                    'national'), 0), ?, ?) returning id""", Long.class, committeeId,
                TEXTS.get("consultation." + n + ".title"), TEXTS.get("consultation." + n + ".question"),
                Timestamp.from(deadline), state, summarised ? TEXTS.get("consultation." + n + ".summary") : null,
                sent ? Timestamp.from(opened) : null, closed ? Timestamp.from(deadline.plus(Duration.ofHours(2)))
                        : null, summarised ? Timestamp.from(deadline.plus(Duration.ofDays(7))) : null,
                Timestamp.from(created), Timestamp.from(created));
        if (!sent) {
            return;
        }
        for (Long expert : members) {
            boolean answers = random.nextDouble() < share;
            String position = answers ? POSITIONS[random.nextInt(POSITIONS.length)] : null;
            List<String> texts = answers ? TEXTS.numbered("opinion." + position) : List.of();
            Instant drawn = opened.plus(Duration.ofHours(1 + random.nextInt(20 * 24)));
            // an open consultation's answers all lie in the past
            Instant answered = !answers ? null : drawn.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : drawn;
            jdbc.update("insert into consultation_opinion (consultation_id, expert_id, position, opinion_text, "
                    + "answered_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)", id, expert, position,
                    answers ? texts.get(random.nextInt(texts.size())) : null,
                    answered == null ? null : Timestamp.from(answered), Timestamp.from(opened),
                    Timestamp.from(answered == null ? opened : answered));
        }
    }
}
