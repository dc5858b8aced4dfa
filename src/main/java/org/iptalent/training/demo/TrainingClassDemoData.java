package org.iptalent.training.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.certificate.CertificateIssue;
import org.iptalent.certificate.Certificates;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.reference.ReferenceData;
import org.iptalent.training.enrollment.ClassCompletion;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.TrainingProgram;
import org.iptalent.training.program.TrainingPrograms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programs, and classes at the demo's bases from their designation to 2025 (closed, with trainees from the base's
 * province, attendance, scores, completion by each class's rule and certificates), plus open classes that take
 * enrollments today. The demo's talent accounts are linked to talents who completed a class. Rows go in with
 * batched SQL; the trainees are read straight from the registry's table (demo data only; the registry's own demo
 * writes other modules' tables the same way). Deterministic for a seed.
 */
@Component
class TrainingClassDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(TrainingClassDemoData.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);
    private static final int MIN_ATTENDANCE = 80;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TrainingPrograms programs;
    private final Certificates certificates;
    private final ReferenceData reference;
    private static final DemoTexts PHRASES = DemoTexts.load("training/class-demo.properties");

    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    TrainingClassDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, TrainingPrograms programs,
            Certificates certificates, ReferenceData reference, MessageSource messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.programs = programs;
        this.certificates = certificates;
        this.reference = reference;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "training-classes";
    }

    @Override
    public int order() {
        return 50;
    }

    private record Base(long id, String name, String regionCode, String level, LocalDate designatedOn) {
    }

    private record Trainee(long id, String regionCode, String name) {
    }

    private record LevelRef(long id, String programTitle, Level level, BigDecimal hours) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        Texts texts = texts();
        Random random = new Random(demo.seed() + 50);
        transaction.executeWithoutResult(status -> {
            List<LevelRef> levels = programs(texts);
            List<Base> bases = jdbc.query("""
                    select id, name, region_code, level, designated_on from training_base
                    where status <> 'REVOKED' order by id
                    """, (rs, n) -> new Base(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getDate(5).toLocalDate()));
            int classes = 0;
            int trainees = 0;
            int issued = 0;
            LocalDate today = LocalDate.now(clock);
            for (Base base : bases) {
                int count = "NATIONAL".equals(base.level()) ? 4 : 2;
                for (int i = 0; i < count; i++) {
                    int from = Math.max(2021, base.designatedOn().getYear());
                    if (from > 2025) {
                        break; // designated this year: no class has closed yet
                    }
                    int year = from + random.nextInt(2026 - from);
                    LocalDate start = LocalDate.of(year, 3 + random.nextInt(9), 1 + random.nextInt(25));
                    int[] result = closedClass(base, levels.get(random.nextInt(levels.size())), start, i + 1, random,
                            texts);
                    classes++;
                    trainees += result[0];
                    issued += result[1];
                }
                if (random.nextInt(4) == 0) {
                    openClass(base, levels.get(random.nextInt(levels.size())), today.plusDays(20 + random.nextInt(30)),
                            random, texts);
                    classes++;
                }
            }
            linkTalentAccounts();
            audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null)
                    .message("audit.detail.demoTrainingClasses", levels.size(), classes, trainees, issued));
            log.info("Demo training: {} program levels, {} classes, {} trainees, {} certificates", levels.size(),
                    classes, trainees, issued);
        });
    }

    private List<LevelRef> programs(Texts texts) {
        List<LevelRef> levels = new ArrayList<>();
        for (String[] row : texts.programs()) {
            TrainingProgram program = new TrainingProgram(row[2], row[0], row[1].isEmpty() ? null : row[1], row[3], null);
            for (int i = 0; i < 3 && 4 + i < row.length; i++) {
                if (row[4 + i].isBlank()) {
                    continue;
                }
                String[] level = row[4 + i].split("\\|", 2);
                program.level(Level.values()[i], level[1], new BigDecimal(level[0]));
            }
            programs.saveAndFlush(program);
            program.getLevels().forEach(l -> levels.add(new LevelRef(l.getId(), program.getTitle(), l.getLevel(),
                    l.getRequiredHours())));
        }
        return levels;
    }

    /** A class that ran and closed: returns its trainees and the certificates issued. */
    private int[] closedClass(Base base, LevelRef level, LocalDate start, int number, Random random, Texts texts) {
        int days = 2 + random.nextInt(3);
        LocalDate end = start.plusDays(days - 1);
        long classId = insertClass(base, level, start, end, number, "CLOSED", start.minusDays(30), start.minusDays(3),
                40 + 10 * random.nextInt(3), random, texts);
        List<long[]> sessions = sessions(classId, start, days, random, texts);
        BigDecimal scheduled = BigDecimal.valueOf(sessions.stream().mapToLong(s -> s[1]).sum(), 1);
        BigDecimal required = scheduled.multiply(BigDecimal.valueOf(MIN_ATTENDANCE))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
        List<Trainee> people = trainees(base.regionCode(), classId, 15 + random.nextInt(21));
        List<Long> ids = nextIds("enrollment", people.size());
        List<Object[]> enrollments = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        List<CertificateIssue> issues = new ArrayList<>();
        Timestamp closedAt = Timestamp.valueOf(end.plusDays(1).atTime(17, 0));
        for (int i = 0; i < people.size(); i++) {
            Trainee trainee = people.get(i);
            long enrollmentId = ids.get(i);
            boolean diligent = random.nextInt(10) > 0;
            long attendedTenths = 0;
            for (long[] session : sessions) {
                boolean present = diligent ? random.nextInt(20) > 0 : random.nextInt(3) > 0;
                attendance.add(new Object[] {session[0], enrollmentId, present,
                        present ? BigDecimal.valueOf(session[1], 1) : BigDecimal.ZERO, closedAt});
                attendedTenths += present ? session[1] : 0;
            }
            BigDecimal attended = BigDecimal.valueOf(attendedTenths, 1);
            BigDecimal score = BigDecimal.valueOf(Math.min(100, Math.max(35, Math.round(80 + random.nextGaussian() * 10))));
            boolean completed = attended.compareTo(required) >= 0 && score.compareTo(PASS_MARK) >= 0;
            String source = List.of("SELF", "SELF", "ASSIGNED", "COHORT").get(random.nextInt(4));
            enrollments.add(new Object[] {enrollmentId, classId, trainee.id(), completed ? "COMPLETED" : "NOT_COMPLETED",
                    source, trainee.regionCode(), Timestamp.valueOf(start.minusDays(10).atStartOfDay().plusMinutes(i)),
                    score, attended, completed ? attended : null, completed ? Date.valueOf(end) : null, closedAt});
            if (completed) {
                issues.add(new CertificateIssue(ClassCompletion.CERTIFICATE_TYPE, trainee.id(), trainee.name(),
                        messages.getMessage("training.certificate.achievement", new Object[] {
                                title(level, number), level.programTitle(), levelName(level.level()),
                                attended.toPlainString()}, CHINESE),
                        base.name(), end, base.regionCode(), ClassCompletion.SOURCE_KIND, enrollmentId));
            }
        }
        jdbc.batchUpdate("""
                insert into enrollment (id, class_id, talent_id, status, source, region_code, queued_at, score,
                    attended_hours, credited_hours, completed_on, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, enrollments.stream().map(r -> {
            Object[] row = Arrays.copyOf(r, 13);
            row[12] = r[11];
            return row;
        }).toList());
        jdbc.batchUpdate("""
                insert into attendance (session_id, enrollment_id, present, hours, recorded_at) values (?, ?, ?, ?, ?)
                """, attendance);
        certificates.issueAll(issues);
        return new int[] {people.size(), issues.size()};
    }

    /** A class taking enrollments today, starting on {@code start}, with a few trainees already. */
    private void openClass(Base base, LevelRef level, LocalDate start, Random random, Texts texts) {
        LocalDate today = LocalDate.now(clock);
        int days = 2 + random.nextInt(2);
        long classId = insertClass(base, level, start, start.plusDays(days - 1), 1 + random.nextInt(3), "PLANNED",
                today.minusDays(7), start.minusDays(3), 30 + 10 * random.nextInt(3), random, texts);
        sessions(classId, start, days, random, texts);
        if (level.level() != Level.FOUNDATION) {
            return; // the open classes of higher levels keep their places for those who completed the level below
        }
        List<Trainee> people = trainees(base.regionCode(), classId, 5 + random.nextInt(10));
        List<Long> ids = nextIds("enrollment", people.size());
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        for (int i = 0; i < people.size(); i++) {
            rows.add(new Object[] {ids.get(i), classId, people.get(i).id(), people.get(i).regionCode(),
                    Timestamp.valueOf(today.minusDays(6).atStartOfDay().plusMinutes(i)), now, now});
        }
        jdbc.batchUpdate("""
                insert into enrollment (id, class_id, talent_id, status, source, region_code, queued_at,
                    attended_hours, version, created_at, updated_at)
                values (?, ?, ?, 'ENROLLED', 'SELF', ?, ?, 0, 0, ?, ?)
                """, rows);
    }

    private long insertClass(Base base, LevelRef level, LocalDate start, LocalDate end, int number, String status,
            LocalDate opens, LocalDate closes, int capacity, Random random, Texts texts) {
        String mode = List.of("IN_PERSON", "IN_PERSON", "MIXED", "ONLINE").get(random.nextInt(4));
        String place = "ONLINE".equals(mode) ? null : reference.regionName(base.regionCode(), CHINESE);
        String teachers = PHRASES.format("teachers", texts.teachers().get(random.nextInt(texts.teachers().size())),
                texts.teachers().get(random.nextInt(texts.teachers().size())));
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        return jdbc.queryForObject("""
                insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on,
                    place, capacity, teachers, audience, enrollment_opens, enrollment_closes, min_attendance_pct,
                    pass_mark, status, closed_at, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'ENROLLMENT', ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                returning id
                """, Long.class, level.id(), base.id(), base.regionCode(), title(level, number), mode, Date.valueOf(start),
                Date.valueOf(end), place, capacity, teachers, Date.valueOf(opens), Date.valueOf(closes),
                MIN_ATTENDANCE, PASS_MARK, status,
                "CLOSED".equals(status) ? Timestamp.valueOf(end.plusDays(1).atTime(17, 0)) : null, now, now);
    }

    /** The sessions of a class, one a day: {id, hours in tenths}. */
    private List<long[]> sessions(long classId, LocalDate start, int days, Random random, Texts texts) {
        List<long[]> sessions = new ArrayList<>();
        List<Long> ids = nextIds("class_session", days * 2);
        List<Object[]> rows = new ArrayList<>();
        int k = 0;
        for (int day = 0; day < days; day++) {
            for (int half = 0; half < 2; half++) {
                long id = ids.get(k);
                int tenths = 30 + 5 * random.nextInt(2);
                LocalDateTime begins = start.plusDays(day).atTime(half == 0 ? 9 : 14, 0);
                rows.add(new Object[] {id, classId, Timestamp.valueOf(begins),
                        Timestamp.valueOf(begins.plusMinutes(tenths * 6L)), BigDecimal.valueOf(tenths, 1),
                        texts.topics().get(k % texts.topics().size()),
                        texts.teachers().get(random.nextInt(texts.teachers().size()))});
                sessions.add(new long[] {id, tenths});
                k++;
            }
        }
        jdbc.batchUpdate("""
                insert into class_session (id, class_id, starts_at, ends_at, hours, topic, teacher)
                values (?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return sessions;
    }

    /** Active talents of the base's province, a different sample for each class. */
    private List<Trainee> trainees(String regionCode, long classId, int count) {
        return jdbc.query("""
                select id, region_code, name from talent
                where province_code = ? and merged_into_id is null and status = 'ACTIVE'
                order by md5(id::text || ?) limit ?
                """, (rs, n) -> new Trainee(rs.getLong(1), rs.getString(2), rs.getString(3)),
                regionCode.substring(0, 2) + "0000", String.valueOf(classId), count);
    }

    /** Links each demo talent account to a talent of its province who completed a class. */
    private void linkTalentAccounts() {
        jdbc.update("""
                insert into talent_account (talent_id, user_id, linked_at)
                select distinct on (u.id) e.talent_id, u.id, now()
                from app_user u join user_role r on r.user_id = u.id and r.role = 'TALENT'
                join enrollment e on e.status = 'COMPLETED' and e.region_code like substr(u.region_code, 1, 2) || '%'
                where not exists (select 1 from talent_account a where a.user_id = u.id or a.talent_id = e.talent_id)
                order by u.id, e.talent_id
                on conflict do nothing
                """);
    }

    private List<Long> nextIds(String table, int count) {
        return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class, table, count);
    }

    private String title(LevelRef level, int number) {
        return PHRASES.format("classTitle", level.programTitle(), levelName(level.level()), String.valueOf(number));
    }

    private String levelName(Level level) {
        return messages.getMessage("training.level." + level.name(), null, CHINESE);
    }

    private record Texts(List<String[]> programs, List<String> topics, List<String> teachers) {
    }

    private static Texts texts() {
        List<String[]> programs = new ArrayList<>();
        Map<String, List<String>> lists = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("training/class-demo.csv").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (line.startsWith("@")) {
                    lists.put(cells[0].substring(1), List.of(cells).subList(1, cells.length));
                } else {
                    programs.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Texts(programs, lists.get("topics"), lists.get("teachers"));
    }
}
