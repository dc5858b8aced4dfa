package org.iptalent.planning.task.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress reports of the demo, after the plans' demo ({@code planning-plans}, order 70, which copies the 14th
 * plan's tasks into the 2026–2030 plan). On the 14th plan, most provinces reported on every task for 2021–2025,
 * mostly accepted, a few returned; three provinces lag behind, and some 2025 reports are missing or still drafts, so
 * they are overdue (due 31 January 2026). On the 2026–2030 plan, whose first period is not due yet, some provinces
 * have drafts and a few submitted early, waiting for review. Written with SQL in one transaction, drawn from the
 * demo's seed.
 */
@Component
class PlanTaskDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(PlanTaskDemoData.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The indicator a task's reports give a figure of, and the range of a province's value. */
    private static final Map<String, Object[]> FIGURES = Map.of(
            "MAIN_TASK.3", new Object[] {"information-service-staff", 40, 260},
            "MAIN_TASK.5", new Object[] {"publicity-staff-trained", 10, 70},
            "KEY_PROJECT.1", new Object[] {"national-training-bases", 0, 3});

    private record Task(long id, String kind, int number) {
        String key() {
            return kind + "." + number;
        }
    }

    private record Period(long id, int year, LocalDate dueOn) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    PlanTaskDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, ReferenceData reference, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "planning-tasks";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void contribute(DemoProperties demo) {
        DemoTexts texts = DemoTexts.load("planning/task-demo.properties");
        int[] counts = new int[3];
        transaction.executeWithoutResult(status -> {
            Random random = new Random(demo.seed() + 75);
            List<Division> provinces = reference.provinces().stream().filter(Division::isMainland).toList();
            Map<String, Long> admins = accounts();
            Long national = jdbc.query("select id from app_user where username = 'national'",
                    (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
            Long fourteenth = jdbc.query("select id from plan where starts_year = 2021 and ends_year = 2025",
                    (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
            if (fourteenth == null) {
                return;
            }
            counts[0] = closedPlan(texts, random, fourteenth, provinces, admins, national);
            Long next = jdbc.query("""
                    select id from plan where starts_year = 2026 and copied_from_id = ? order by id desc limit 1""",
                    (rs, n) -> rs.getLong(1), fourteenth).stream().findFirst().orElse(null);
            if (next != null) {
                counts[1] = firstYear(texts, random, next, provinces, admins);
            }
            counts[2] = jdbc.queryForObject("select count(*) from progress_report where state = 'SUBMITTED'",
                    Integer.class);
            audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null).message("planning.task.audit.demo",
                    counts[0], counts[1], counts[2]));
        });
        log.info("Demo progress reports: {} on the 14th plan, {} on the 2026-2030 plan, {} waiting for review",
                counts[0], counts[1], counts[2]);
    }

    /** The 14th plan: 2021–2025 reported by most provinces, three lagging, some of 2025 missing or drafts. */
    private int closedPlan(DemoTexts texts, Random random, long planId, List<Division> provinces,
            Map<String, Long> admins, Long national) {
        List<Task> tasks = tasks(planId);
        Map<String, Long> indicators = indicators(planId);
        Set<String> lagging = new HashSet<>();
        while (lagging.size() < 3) {
            lagging.add(provinces.get(random.nextInt(provinces.size())).code());
        }
        int written = 0;
        for (Period period : periods(planId)) {
            boolean last = period.year() == 2025;
            for (Division province : provinces) {
                boolean slow = lagging.contains(province.code());
                for (Task task : tasks) {
                    double missing = last ? (slow ? 0.45 : 0.05) : (slow ? 0.15 : 0.01);
                    if (random.nextDouble() < missing) {
                        continue;
                    }
                    double draw = random.nextDouble();
                    String state = last && draw < 0.06 ? "DRAFT" : draw > 0.96 ? "RETURNED" : "ACCEPTED";
                    write(texts, random, task, period, province, state, admins.get(province.code()), national,
                            indicators);
                    written++;
                }
            }
        }
        return written;
    }

    /** The 2026–2030 plan's first year: drafts from about a fifth of the slots, a few submitted early. */
    private int firstYear(DemoTexts texts, Random random, long planId, List<Division> provinces,
            Map<String, Long> admins) {
        List<Task> tasks = tasks(planId);
        Map<String, Long> indicators = indicators(planId);
        Period period = periods(planId).stream().filter(p -> p.year() == 2026).findFirst().orElse(null);
        if (period == null) {
            return 0;
        }
        int written = 0;
        for (Division province : provinces) {
            for (Task task : tasks) {
                double draw = random.nextDouble();
                if (draw < 0.2) {
                    write(texts, random, task, period, province, draw < 0.03 ? "SUBMITTED" : "DRAFT",
                            admins.get(province.code()), null, indicators);
                    written++;
                }
            }
        }
        return written;
    }

    private void write(DemoTexts texts, Random random, Task task, Period period, Division province, String state,
            Long admin, Long national, Map<String, Long> indicators) {
        Instant now = clock.instant();
        boolean draft = "DRAFT".equals(state);
        String text;
        if (draft) {
            text = texts.format("draft." + (1 + random.nextInt(2)), province.nameZh(), String.valueOf(period.year()),
                    2 + random.nextInt(6));
        } else {
            text = texts.format("text." + task.key() + "." + (1 + random.nextInt(2)), province.nameZh(),
                    String.valueOf(period.year()), 2 + random.nextInt(15), 80 + random.nextInt(1900));
        }
        // written in the weeks before the due date; one in ten comes late
        Instant submitted = period.dueOn().minusDays(3 + random.nextInt(25)).plusDays(random.nextInt(10) == 0
                ? 30 + random.nextInt(40) : 0).atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(CHINA)
                .toInstant();
        Instant reviewed = submitted.plusSeconds(86_400L * (5 + random.nextInt(20)));
        if ("SUBMITTED".equals(state) || draft) {
            submitted = min(submitted, now.minusSeconds(86_400L * (2 + random.nextInt(20))));
        }
        Instant created = submitted.minusSeconds(86_400L * (1 + random.nextInt(10)));
        boolean reviewedNow = "ACCEPTED".equals(state) || "RETURNED".equals(state);
        long id = jdbc.queryForObject("""
                insert into progress_report (task_id, period_id, region_code, state, text, written_by,
                    first_submitted_at, submitted_at, submitted_by, reviewed_at, reviewed_by, review_note, version,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) returning id""", Long.class, task.id(),
                period.id(), province.code(), state, text, admin, draft ? null : ts(submitted),
                draft ? null : ts(submitted), draft ? null : admin, reviewedNow ? ts(reviewed) : null,
                reviewedNow ? national : null,
                "RETURNED".equals(state) ? texts.get("note." + (1 + random.nextInt(3))) : null, ts(created),
                ts(reviewedNow ? reviewed : draft ? created : submitted));
        Object[] figure = FIGURES.get(task.key());
        if (figure != null && !draft && indicators.containsKey((String) figure[0])) {
            int low = (Integer) figure[1];
            int value = low + random.nextInt((Integer) figure[2] - low + 1);
            jdbc.update("insert into progress_figure (report_id, position, indicator_id, value, comment) "
                    + "values (?, 0, ?, ?, ?)", id, indicators.get((String) figure[0]), BigDecimal.valueOf(value),
                    texts.get("comment." + figure[0]));
        }
    }

    private List<Task> tasks(long planId) {
        return jdbc.query("select id, kind, number from plan_task where plan_id = ? order by kind desc, number",
                (rs, n) -> new Task(rs.getLong(1), rs.getString(2), rs.getInt(3)), planId);
    }

    private List<Period> periods(long planId) {
        return jdbc.query("select id, year, due_on from reporting_period where plan_id = ? order by year",
                (rs, n) -> new Period(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)), planId);
    }

    private Map<String, Long> indicators(long planId) {
        Map<String, Long> byCode = new HashMap<>();
        jdbc.query("select code, id from indicator where plan_id = ?", rs -> {
            byCode.put(rs.getString(1), rs.getLong(2));
        }, planId);
        return byCode;
    }

    /** The demo's provincial administrators (admin.gd …), by region. */
    private Map<String, Long> accounts() {
        Map<String, Long> byRegion = new HashMap<>();
        jdbc.query("""
                select u.region_code, min(u.id) from app_user u join user_role r on r.user_id = u.id
                where r.role = 'PROVINCIAL_ADMIN' and u.username like 'admin.%' group by u.region_code""", rs -> {
            byRegion.put(rs.getString(1), rs.getLong(2));
        });
        return byRegion;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
