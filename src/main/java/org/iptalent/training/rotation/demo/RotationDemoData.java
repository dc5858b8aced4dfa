package org.iptalent.training.rotation.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 * The rotation and nomination demo: Guangdong's rotation of its administrative-adjudication staff well under way (two
 * classes closed, one planned, a quarter not yet trained), Jiangsu's rotation of its patent agents just begun, and a
 * WIPO class filled by nomination with quotas for ten provinces and nominations at every step. After the classes'
 * demo (order 50), on its bases when there are any; written with batched SQL, members chosen in an order the seed
 * fixes, so that two runs give the same demo.
 */
@Component
class RotationDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(RotationDemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    RotationDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "training-rotation";
    }

    @Override
    public int order() {
        return 55;
    }

    /** What a campaign's class holds: its title key, its days from today, closed or planned, and its share of members. */
    private record ClassShare(String title, int startsIn, boolean closed, double share) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        DemoTexts texts = DemoTexts.load("training/rotation-demo.properties");
        LocalDate today = LocalDate.now(clock);
        int[] counts = new int[4];
        transaction.executeWithoutResult(status -> {
            Random random = new Random(demo.seed() + 55);
            long adjudication = level(texts, "adjudication", "PROTECTION", "PROT_ADMIN_ADJUDICATION");
            counts[1] += campaign(texts, random, "gd", "440000", "PROT_ADMIN_ADJUDICATION", adjudication,
                    today.minusDays(240), today.plusDays(60), List.of(new ClassShare("class.gd.1", -180, true, 0.35),
                            new ClassShare("class.gd.2", -90, true, 0.27), new ClassShare("class.gd.3", 14, false, 0.15)));
            long agents = level(texts, "agent", "APPLICATION", "APP_PATENT_AGENT");
            counts[1] += campaign(texts, random, "js", "320000", "APP_PATENT_AGENT", agents, today.minusDays(30),
                    today.plusDays(300), List.of(new ClassShare("class.js.1", 20, false, 0.22),
                            new ClassShare("class.js.2", 75, false, 0)));
            counts[0] = 2;
            long international = level(texts, "international", "INTERNATIONAL", null);
            counts[3] = nominatedClass(texts, random, international, today);
            counts[2] = counts[3] < 0 ? 0 : 1;
            audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null).message("audit.detail.demoRotation",
                    counts[0], counts[1], counts[2], Math.max(0, counts[3])));
        });
        log.info("Demo rotation: {} campaigns with {} members, {} nominated class with {} nominations", counts[0],
                counts[1], counts[2], Math.max(0, counts[3]));
    }

    /** A campaign of a province's talents of one category, its classes and their trainees; returns its members. */
    private int campaign(DemoTexts texts, Random random, String key, String province, String category, long level,
            LocalDate start, LocalDate end, List<ClassShare> classes) {
        Instant launched = start.atTime(9, 30).atZone(clock.getZone()).toInstant();
        Long launchedBy = user("admin." + key);
        long id = jdbc.queryForObject("""
                insert into rotation_campaign (name, region_code, cycle_start, cycle_end, cohort_filter, launched_at,
                    launched_by, members_at, version, created_at, updated_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, 0, ?, ?) returning id
                """, Long.class, texts.get("campaign." + key), province, Date.valueOf(start), Date.valueOf(end),
                "{\"region\": \"" + province + "\", \"category\": \"" + category + "\", \"status\": \"ACTIVE\"}",
                Timestamp.from(launched), launchedBy, Timestamp.from(launched), Timestamp.from(launched),
                Timestamp.from(launched));
        int members = jdbc.update("""
                insert into rotation_member (campaign_id, talent_id, region_code, added_at)
                select ?, t.id, t.region_code, ?
                from talent t join talent_category c on c.talent_id = t.id and c.category = ?
                where t.province_code = ? and t.merged_into_id is null and t.status = 'ACTIVE'
                """, id, Timestamp.from(launched), category, province);
        List<long[]> people = new ArrayList<>(jdbc.query("""
                select talent_id, substr(region_code, 1, 4)::bigint from rotation_member
                where campaign_id = ? order by talent_id
                """, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, id));
        Collections.shuffle(people, random);
        // some cities go faster than others: a city's members are taken first when its draw is low
        Map<Long, Double> pace = new java.util.HashMap<>();
        people.forEach(p -> pace.computeIfAbsent(p[1], c -> random.nextDouble()));
        // each person's place drawn once: a key drawn anew at each comparison breaks the sort (TimSort refuses a
        // comparison that contradicts itself, which larger cohorts meet)
        Map<long[], Double> place = new java.util.IdentityHashMap<>();
        people.forEach(p -> place.put(p, pace.get(p[1]) + random.nextDouble() * 0.8));
        people.sort(java.util.Comparator.comparingDouble(place::get));
        long base = base(texts, province);
        int from = 0;
        int number = 0;
        LocalDate today = LocalDate.now(clock);
        for (ClassShare share : classes) {
            number++;
            int size = (int) Math.round(people.size() * share.share());
            LocalDate begins = today.plusDays(share.startsIn());
            long classId = trainingClass(texts, key, base, level, share.title(), begins, share.closed(),
                    Math.max(size + 5, 30), number);
            jdbc.update("insert into rotation_class (campaign_id, class_id, linked_at, linked_by) values (?, ?, ?, ?)",
                    id, classId, Timestamp.from(launched), launchedBy);
            enrol(classId, people.subList(from, Math.min(people.size(), from + size)), begins, share.closed(), random);
            from += size;
        }
        return members;
    }

    /** The class's trainees: a closed class decided each (nine in ten completed), a planned one holds their places. */
    private void enrol(long classId, List<long[]> trainees, LocalDate begins, boolean closed, Random random) {
        LocalDate ends = begins.plusDays(2);
        Timestamp queued = Timestamp.valueOf(begins.minusDays(20).atTime(10, 0));
        List<Object[]> rows = new ArrayList<>();
        for (long[] trainee : trainees) {
            boolean completed = closed && random.nextInt(10) < 9;
            String status = !closed ? "ENROLLED" : completed ? "COMPLETED" : "NOT_COMPLETED";
            double attended = !closed ? 0 : completed ? 12 : 6;
            rows.add(new Object[] {classId, trainee[0], status, queued, attended, completed ? attended : null,
                    completed ? Date.valueOf(ends) : null, queued, queued, classId});
        }
        jdbc.batchUpdate("""
                insert into enrollment (class_id, talent_id, status, source, region_code, queued_at, attended_hours,
                    credited_hours, completed_on, version, created_at, updated_at)
                select ?, t.id, ?, 'ROTATION', t.region_code, ?, ?, ?, ?, 0, ?, ?
                from talent t where t.id = ? and not exists (select 1 from enrollment e where e.class_id = ? and e.talent_id = t.id)
                """, rows.stream().map(r -> new Object[] {r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[1], r[9]})
                .toList());
    }

    /** A class of three days with two sessions a day, closed (with its trainees decided) or planned. */
    private long trainingClass(DemoTexts texts, String key, long base, long level, String titleKey, LocalDate begins,
            boolean closed, int capacity, int number) {
        LocalDate ends = begins.plusDays(2);
        Timestamp now = Timestamp.from(clock.instant());
        String region = jdbc.queryForObject("select region_code from training_base where id = ?", String.class, base);
        long id = jdbc.queryForObject("""
                insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on,
                    place, capacity, teachers, audience, enrollment_opens, enrollment_closes, min_attendance_pct,
                    pass_mark, status, closed_at, version, created_at, updated_at)
                values (?, ?, ?, ?, 'IN_PERSON', 'ROTATION', ?, ?, ?, ?, ?, ?, ?, ?, 80, null, ?, ?, 0, ?, ?)
                returning id
                """, Long.class, level, base, region, texts.get(titleKey), Date.valueOf(begins),
                Date.valueOf(ends), texts.get("place." + key), capacity, texts.get("teachers"),
                texts.get("audience." + key), Date.valueOf(begins.minusDays(30)), Date.valueOf(begins),
                closed ? "CLOSED" : "PLANNED", closed ? Timestamp.valueOf(ends.plusDays(1).atTime(17, 0)) : null, now,
                now);
        sessions(id, begins, texts.get("topic." + (key.equals("gd") ? 1 : 3)),
                texts.get("topic." + (key.equals("gd") ? 2 : 4)));
        return id;
    }

    private void sessions(long classId, LocalDate begins, String morning, String afternoon) {
        List<Object[]> rows = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            LocalDate on = begins.plusDays(day);
            rows.add(new Object[] {classId, Timestamp.valueOf(on.atTime(9, 0)), Timestamp.valueOf(on.atTime(11, 0)),
                    2, morning});
            rows.add(new Object[] {classId, Timestamp.valueOf(on.atTime(14, 0)), Timestamp.valueOf(on.atTime(16, 0)),
                    2, afternoon});
        }
        jdbc.batchUpdate("insert into class_session (class_id, starts_at, ends_at, hours, topic) values (?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * The WIPO class: quotas for ten provinces, and nominations of their internationally experienced talents at
     * every step (awaiting selection, selected, declined with a reason, withdrawn). Returns the nominations, or -1
     * when the demo has no national base to hold the class.
     */
    private int nominatedClass(DemoTexts texts, Random random, long level, LocalDate today) {
        List<long[]> bases = jdbc.query("""
                select id, case when region_code like '11%' then 0 else 1 end from training_base
                where level = 'NATIONAL' and status <> 'REVOKED' order by 2, id limit 1
                """, (rs, n) -> new long[] {rs.getLong(1)});
        long base = bases.isEmpty() ? base(texts, "110000") : bases.get(0)[0];
        String region = jdbc.queryForObject("select region_code from training_base where id = ?", String.class, base);
        LocalDate begins = today.plusDays(60);
        Timestamp now = Timestamp.from(clock.instant());
        long classId = jdbc.queryForObject("""
                insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on,
                    place, capacity, teachers, audience, enrollment_opens, enrollment_closes, min_attendance_pct,
                    pass_mark, status, version, created_at, updated_at)
                values (?, ?, ?, ?, 'IN_PERSON', 'NOMINATION', ?, ?, ?, 20, ?, ?, ?, ?, 90, 60, 'PLANNED', 0, ?, ?)
                returning id
                """, Long.class, level, base, region, texts.get("class.nominated"), Date.valueOf(begins),
                Date.valueOf(begins.plusDays(13)), texts.get("place.nominated"), texts.get("teachers"),
                texts.get("audience.nominated"), Date.valueOf(today.minusDays(10)),
                Date.valueOf(begins.minusDays(15)), now, now);
        sessions(classId, begins, texts.get("topic.5"), texts.get("topic.6"));
        Long national = user("national");
        String[][] quotas = {{"110000", "3"}, {"310000", "2"}, {"440000", "3"}, {"320000", "3"}, {"330000", "2"},
            {"370000", "2"}, {"510000", "2"}, {"420000", "1"}, {"610000", "1"}, {"210000", "1"}};
        for (String[] quota : quotas) {
            jdbc.update("insert into nomination_quota (class_id, province_code, quota, set_at, set_by) values (?, ?, ?, ?, ?)",
                    classId, quota[0], Integer.parseInt(quota[1]), Timestamp.from(clock.instant().minusSeconds(86_400L * 9)),
                    national);
        }
        // what each of the first provinces did with its quota: N nominated, S selected, D declined, W withdrawn
        String[][] steps = {{"110000", "SS"}, {"440000", "SND"}, {"320000", "NNW"}, {"310000", "S"}, {"330000", "NN"},
            {"370000", "N"}, {"510000", "D"}};
        int nominations = 0;
        for (String[] step : steps) {
            List<long[]> talents = jdbc.query("""
                    select t.id from talent t join talent_category c on c.talent_id = t.id
                    where t.province_code = ? and t.merged_into_id is null and t.status = 'ACTIVE'
                      and c.team in ('INTERNATIONAL', 'APPLICATION')
                    group by t.id order by md5(t.id::text || ?) limit ?
                    """, (rs, n) -> new long[] {rs.getLong(1)}, step[0], String.valueOf(classId), step[1].length());
            Long by = user("admin." + province(step[0]));
            for (int i = 0; i < talents.size(); i++) {
                char s = step[1].charAt(i);
                String status = switch (s) {
                    case 'S' -> "SELECTED";
                    case 'D' -> "DECLINED";
                    case 'W' -> "WITHDRAWN";
                    default -> "NOMINATED";
                };
                Timestamp at = Timestamp.from(clock.instant().minusSeconds(86_400L * (7 - i)));
                boolean decided = s == 'S' || s == 'D';
                jdbc.update("""
                        insert into nomination (class_id, talent_id, province_code, region_code, status, reason,
                            decision_reason, nominated_by, nominated_at, decided_by, decided_at, version, created_at,
                            updated_at)
                        select ?, t.id, ?, t.region_code, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?
                        from talent t where t.id = ?
                        """, classId, step[0], status, texts.get("reason." + (1 + random.nextInt(5))),
                        s == 'D' ? texts.get("decline.1") : null, by, at, decided ? national : null,
                        decided ? Timestamp.from(clock.instant().minusSeconds(86_400L)) : null, at, at,
                        talents.get(i)[0]);
                nominations++;
            }
        }
        return nominations;
    }

    /** The ISO 3166-2 suffix the demo's provincial accounts are named by. */
    private String province(String code) {
        return jdbc.query("select iso3166_2 from ref_division where code = ?",
                rs -> rs.next() && rs.getString(1) != null ? rs.getString(1).substring(rs.getString(1).indexOf('-') + 1)
                        .toLowerCase(java.util.Locale.ROOT) : "", code);
    }

    /** A program of one level, for the demo's classes. */
    private long level(DemoTexts texts, String key, String team, String category) {
        Timestamp now = Timestamp.from(clock.instant());
        long program = jdbc.queryForObject("""
                insert into training_program (title, team, category, description, version, created_at, updated_at)
                values (?, ?, ?, ?, 0, ?, ?) returning id
                """, Long.class, texts.get("program." + key), team, category,
                texts.get("program." + key + ".description"), now, now);
        return jdbc.queryForObject("""
                insert into program_level (program_id, level, outcomes, required_hours)
                values (?, 'FOUNDATION', ?, 12) returning id
                """, Long.class, program, texts.get("program." + key + ".outcomes"));
    }

    /**
     * A base of the province (a national one there first), else a new one hosted by an organisation of the province,
     * else (a demo without either) the first base of the country.
     */
    private long base(DemoTexts texts, String province) {
        String prefix = province.substring(0, 2) + "%";
        List<Long> found = jdbc.queryForList("""
                select id from training_base where region_code like ? and status <> 'REVOKED'
                order by case when level = 'NATIONAL' then 0 else 1 end, id limit 1
                """, Long.class, prefix);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> created = jdbc.queryForList("""
                insert into training_base (name, level, region_code, host_organisation_id, designated_on, status,
                    version, created_at, updated_at)
                select o.name || ?, 'LOCAL', o.region_code, o.id, date '2022-05-01', 'DESIGNATED', 0, ?, ?
                from organisation o where o.region_code like ? and o.merged_into_id is null
                  and not exists (select 1 from training_base b where b.name = o.name || ?)
                order by case when o.type in ('TRAINING_BASE', 'UNIVERSITY', 'IP_ACADEMY') then 0 else 1 end, o.id
                limit 1 returning id
                """, Long.class, texts.get("base.suffix"), now, now, prefix, texts.get("base.suffix"));
        if (!created.isEmpty()) {
            return created.get(0);
        }
        return jdbc.queryForObject("select id from training_base where status <> 'REVOKED' order by id limit 1",
                Long.class);
    }

    private Long user(String username) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class, username);
        return ids.isEmpty() ? null : ids.get(0);
    }

}
