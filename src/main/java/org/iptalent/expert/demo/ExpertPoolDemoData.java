package org.iptalent.expert.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.Expert.Status;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo expert pool: most of the registry's demo talents appointed as experts (the registry's demo already makes
 * 20,000 talents across the provinces, employers and specialities; appointing from them keeps one person one record
 * instead of a second, expert-only population), across the taxonomy's categories (the four the plan names among
 * them), IPC classes, duties and terms; some suspended, expired, removed or blacklisted with their credit record,
 * some with declared conflicts or on leave; the trademark examination team filled to 80 of its 100 over the plan's
 * years. Rows go in by COPY, in one transaction; then {@link ExpertDrawDemo} makes a few draws through the services.
 * Deterministic for a seed. Runs after the registry's (10) and before the plans' (70), whose history reads it.
 */
@Component
class ExpertPoolDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(ExpertPoolDemoData.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DemoTexts TEXTS = DemoTexts.load("expert/demo/expert-demo.properties");
    static final String TEAM = "TRADEMARK_EXAMINATION";
    private static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);
    /** Leaf categories of the seeded taxonomy and their shares of the pool. */
    private static final Weighted CATEGORIES = new Weighted(new String[] {"TECHNICAL_FIELD", "PATENT_EXAMINATION",
        "TRADEMARK_EXAMINATION", "LAW", "OPERATION_FINANCE", "INTERNATIONAL_AFFAIRS", "GEOGRAPHICAL_INDICATION",
        "TRADE_SECRET", "TRADITIONAL_KNOWLEDGE", "TRADITIONAL_CULTURE"}, new double[] {22, 14, 10, 16, 10, 6, 6, 6, 5,
            5});
    private static final List<String> IPC = List.of("A01", "A23", "A61", "B01", "B21", "B60", "B65", "C07", "C08",
            "C12", "C22", "E04", "F01", "F16", "F24", "G01", "G02", "G06", "G08", "G09", "H01", "H02", "H03", "H04",
            "H05");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceData reference;
    private final ExpertDrawDemo draws;
    private final AuditLog audit;
    private final ExpertDemoProperties properties;
    private final Clock clock;

    ExpertPoolDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, ReferenceData reference,
            ExpertDrawDemo draws, AuditLog audit, ExpertDemoProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reference = reference;
        this.draws = draws;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "expert-pool";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void contribute(DemoProperties demo) {
        contribute(demo, properties.experts(), properties.teamMembers(), properties.draws(), "national");
    }

    /** The demo pool with the sizes given instead of the configured ones, the draws made by {@code administrator}. */
    void contribute(DemoProperties demo, int experts, int teamMembers, int drawCount, String administrator) {
        long started = System.nanoTime();
        Random random = new Random(demo.seed() + 45);
        int appointed = transaction.execute(status -> {
            List<Candidate> pool = candidates(random, experts);
            if (pool.isEmpty()) {
                return 0;
            }
            Rows rows = new Rows(LocalDate.now(clock), pool.size());
            Map<String, List<Long>> organisations = organisations();
            long nextId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from expert", Long.class);
            List<Member> trademark = new ArrayList<>();
            for (Candidate candidate : pool) {
                long id = nextId++;
                LocalDate from = rows.expert(random, id, candidate, organisations);
                if (from != null) {
                    trademark.add(new Member(id, from));
                }
            }
            rows.copy(jdbc);
            jdbc.execute("select setval(pg_get_serial_sequence('expert', 'id'), (select max(id) from expert))");
            team(random, trademark, teamMembers, rows.today);
            audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null)
                    .message("expert.demo.audit.pool", pool.size()));
            return pool.size();
        });
        // statistics now: the draws and the plan's indicators right after read these tables
        jdbc.execute("analyze expert, expert_category_link, expert_field, expert_credit, expert_team_member");
        long pooled = System.nanoTime();
        long drawn = draws.contribute(random, drawCount, administrator);
        log.info("Demo expert pool: {} experts in {} ms, {} draws in {} ms", appointed,
                (pooled - started) / 1_000_000, drawn, (System.nanoTime() - pooled) / 1_000_000);
    }

    /** A talent who may be appointed, with the name and employer's name the expert row copies (V32). */
    private record Candidate(long talentId, String regionCode, String name, String employerName) {
    }

    /** An appointed trademark examiner the team may take, from the start of its term. */
    private record Member(long expertId, LocalDate from) {
    }

    /** Active talents not experts yet, {@code count} of them chosen at random, in the order of their ids. */
    private List<Candidate> candidates(Random random, int count) {
        List<Candidate> all = new ArrayList<>(jdbc.query("""
                select t.id, t.region_code, t.name, o.name from talent t
                left join organisation o on o.id = t.employer_id
                where t.status = 'ACTIVE' and t.merged_into_id is null
                  and not exists (select 1 from expert e where e.talent_id = t.id)
                order by t.id""", (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4))));
        Collections.shuffle(all, random);
        List<Candidate> chosen = new ArrayList<>(all.subList(0, Math.min(Math.max(0, count), all.size())));
        chosen.sort((a, b) -> Long.compare(a.talentId(), b.talentId()));
        return chosen;
    }

    /** Organisations by province (two digits): an expert declares a conflict with one of its own province. */
    private Map<String, List<Long>> organisations() {
        Map<String, List<Long>> byProvince = new HashMap<>();
        jdbc.query("select id, left(region_code, 2) from organisation order by id", rs -> {
            byProvince.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1));
        });
        return byProvince;
    }

    /**
     * The team's members: about one in thirteen who joined since the plan began left again, so the history rises
     * unevenly; {@code members} stay today (fewer if the pool has fewer trademark examiners), topping up any there.
     */
    private void team(Random random, List<Member> trademark, int members, LocalDate today) {
        int present = jdbc.queryForObject("select count(*) from expert_team_member where team_code = ? "
                + "and left_on is null", Integer.class, TEAM);
        Collections.shuffle(trademark, random);
        int staying = Math.min(Math.max(0, members - present), trademark.size());
        int leaving = Math.min(staying / 13, trademark.size() - staying);
        long span = today.toEpochDay() - PLAN_START.toEpochDay();
        CopyRows rows = new CopyRows(staying + leaving);
        for (int i = 0; i < staying + leaving; i++) {
            LocalDate drawn = PLAN_START.plusDays((long) (span * Math.sqrt(random.nextDouble())));
            LocalDate joined = drawn.isBefore(trademark.get(i).from()) ? trademark.get(i).from() : drawn;
            LocalDate left = i < staying ? null
                    : joined.plusDays(random.nextLong(Math.max(1, today.toEpochDay() - joined.toEpochDay())));
            rows.row(TEAM, trademark.get(i).expertId(), joined.toString(), left == null ? null : left.toString());
        }
        jdbc.execute((ConnectionCallback<Integer>) c -> rows.into(c,
                "copy expert_team_member (team_code, expert_id, joined_on, left_on) from stdin (format csv)"));
    }

    /** A weighted choice among codes. */
    record Weighted(String[] codes, double[] weights) {

        String next(Random random) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double r = random.nextDouble() * total;
            for (int i = 0; i < codes.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return codes[i];
                }
            }
            return codes[codes.length - 1];
        }
    }

    /** The rows of the pool's tables, built in memory and sent by COPY. */
    private final class Rows {

        final LocalDate today;
        final Timestamp now;
        final CopyRows experts;
        final CopyRows categories;
        final CopyRows fields;
        final CopyRows credit;
        final CopyRows conflicts;
        final CopyRows leaves;
        final List<String> ipc;

        Rows(LocalDate today, int size) {
            this.today = today;
            // CopyRows reserves 200 characters a row: the links are a fraction of that, so fewer rows reserved
            this.experts = new CopyRows(size * 2);
            this.categories = new CopyRows(size / 3);
            this.fields = new CopyRows(size / 3);
            this.credit = new CopyRows(size / 2);
            this.conflicts = new CopyRows(size / 20);
            this.leaves = new CopyRows(size / 40);
            this.now = Timestamp.from(clock.instant());
            this.ipc = IPC.stream().filter(c -> reference.ipc(c).isPresent()).toList();
        }

        /** One expert and its links; the day first appointed if an appointed trademark examiner, else null. */
        LocalDate expert(Random random, long id, Candidate candidate, Map<String, List<Long>> organisations) {
            Set<String> codes = new LinkedHashSet<>();
            codes.add(CATEGORIES.next(random));
            if (random.nextDouble() < 0.3) {
                codes.add(CATEGORIES.next(random));
            }
            Set<String> classes = new LinkedHashSet<>();
            boolean technical = codes.contains("TECHNICAL_FIELD") || codes.contains("PATENT_EXAMINATION");
            int fieldCount = technical ? 1 + random.nextInt(3) : random.nextDouble() < 0.3 ? 1 : 0;
            for (int i = 0; i < fieldCount && !ipc.isEmpty(); i++) {
                classes.add(ipc.get(random.nextInt(ipc.size())));
            }
            Set<Duty> duties = duties(random, codes);
            double standing = random.nextDouble();
            Status status = standing < 0.03 ? Status.EXPIRED : standing < 0.04 ? Status.REMOVED
                    : standing < 0.06 ? Status.SUSPENDED : Status.APPOINTED;
            boolean blacklisted = status != Status.EXPIRED && random.nextDouble() < 0.005;
            LocalDate starts;
            LocalDate ends;
            if (status == Status.EXPIRED) {
                starts = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(900));
                ends = starts.plusYears(3).minusDays(1);
            } else {
                starts = PLAN_START.plusDays(random.nextLong(Math.max(1, today.toEpochDay() - 60
                        - PLAN_START.toEpochDay())));
                ends = starts.plusYears(random.nextBoolean() ? 3 : 5).minusDays(1);
            }
            // a term over by today was renewed for three years, so only the expired are out of term
            LocalDate appointedOn = starts;
            List<LocalDate> renewals = new ArrayList<>();
            while (status != Status.EXPIRED && ends.isBefore(today)) {
                starts = ends.plusDays(1);
                ends = starts.plusYears(3).minusDays(1);
                renewals.add(starts);
            }
            String reason = switch (status) {
                case SUSPENDED -> pick(random, "suspended");
                case REMOVED -> pick(random, "removed");
                default -> blacklisted ? pick(random, "blacklisted") : null;
            };
            String languages = random.nextDouble() < 0.45 ? pick(random, "languages") : null;
            Availability availability = random.nextDouble() < 0.85 ? Availability.AVAILABLE
                    : random.nextDouble() < 0.7 ? Availability.LIMITED : Availability.UNAVAILABLE;
            String achievement = random.nextDouble() < 0.8 ? TEXTS.format("achievement."
                    + (1 + random.nextInt(TEXTS.numbered("achievement").size())), 3 + random.nextInt(25)) : null;
            Timestamp appointedAt = at(appointedOn);
            experts.row(id, candidate.talentId(), candidate.regionCode(), candidate.regionCode().substring(0, 2)
                    + "0000", status.name(), reason, starts.toString(), ends.toString(), duties.stream()
                    .map(Enum::name).collect(Collectors.joining(",")), languages, availability.name(), achievement,
                    blacklisted, appointedAt.toInstant().toString(), now.toInstant().toString(), candidate.name(),
                    candidate.employerName());
            codes.forEach(code -> categories.row(id, code));
            classes.forEach(code -> fields.row(id, code));
            credit.row(id, "APPOINTED", null, appointedAt.toInstant().toString());
            renewals.forEach(day -> credit.row(id, "RENEWED", null, at(day).toInstant().toString()));
            LocalDate changed = starts.plusDays(30 + random.nextInt(300));
            if (status == Status.EXPIRED) {
                credit.row(id, "EXPIRED", null, at(ends.plusDays(1)).toInstant().toString());
            } else if (status != Status.APPOINTED) {
                credit.row(id, status.name(), reason, at(changed.isBefore(today) ? changed : today)
                        .toInstant().toString());
            }
            if (blacklisted) {
                credit.row(id, "BLACKLISTED", reason, now.toInstant().toString());
            }
            List<Long> nearby = organisations.getOrDefault(candidate.regionCode().substring(0, 2), List.of());
            if (!nearby.isEmpty() && random.nextDouble() < 0.04) {
                conflicts.row(id, nearby.get(random.nextInt(nearby.size())), pick(random, "conflict"),
                        appointedAt.toInstant().toString());
            }
            if (random.nextDouble() < 0.02) {
                LocalDate from = today.plusDays(random.nextInt(90) - 30);
                leaves.row(id, from.toString(), from.plusDays(7 + random.nextInt(60)).toString(),
                        pick(random, "leave"));
            }
            return status == Status.APPOINTED && !blacklisted && codes.contains(TEAM) ? appointedOn : null;
        }

        private Set<Duty> duties(Random random, Set<String> codes) {
            Set<Duty> duties = EnumSet.noneOf(Duty.class);
            for (String code : codes) {
                duties.add(switch (code) {
                    case "TECHNICAL_FIELD" -> Duty.TECHNICAL_INVESTIGATOR;
                    case "PATENT_EXAMINATION", "TRADEMARK_EXAMINATION" -> Duty.EXAMINATION_EXPERT;
                    case "LAW" -> random.nextBoolean() ? Duty.MEDIATOR : Duty.ADJUDICATION_EXPERT;
                    default -> Duty.THINK_TANK_MEMBER;
                });
            }
            if (random.nextDouble() < 0.15) {
                duties.add(Duty.TEACHER);
            }
            return duties;
        }

        private Timestamp at(LocalDate day) {
            return Timestamp.from(day.atTime(9, 0).atZone(BEIJING).toInstant());
        }

        void copy(JdbcTemplate jdbc) {
            jdbc.execute((ConnectionCallback<Integer>) c -> experts.into(c, """
                    copy expert (id, talent_id, region_code, province_code, status, status_reason, term_starts_on,
                      term_ends_on, roles, languages, availability, achievements, blacklisted, created_at, updated_at,
                      display_name, employer_name)
                    from stdin (format csv)""")
                    + categories.into(c, "copy expert_category_link (expert_id, category_code) from stdin (format csv)")
                    + fields.into(c, "copy expert_field (expert_id, ipc_class) from stdin (format csv)")
                    + credit.into(c, "copy expert_credit (expert_id, kind, note, recorded_at) from stdin (format csv)")
                    + conflicts.into(c, "copy expert_conflict (expert_id, organisation_id, note, declared_at) "
                            + "from stdin (format csv)")
                    + leaves.into(c, "copy expert_leave (expert_id, starts_on, ends_on, reason) from stdin "
                            + "(format csv)"));
        }
    }

    private static String pick(Random random, String prefix) {
        List<String> choices = TEXTS.numbered(prefix);
        return choices.get(random.nextInt(choices.size()));
    }
}
