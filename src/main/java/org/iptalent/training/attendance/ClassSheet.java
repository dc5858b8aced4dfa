package org.iptalent.training.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attendance import checks its rows against, read once in the import's transaction: the class (kept
 * from closing until the import ends, by a share lock on its row), its sessions numbered in schedule order, and the
 * trainees holding a place, with the names the registry has for them.
 */
final class ClassSheet {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** A session of the schedule; {@code number} counts from 1. */
    record Session(long id, int number, LocalDateTime startsAt, BigDecimal hours) {
    }

    /** A trainee holding a place. */
    record Trainee(long enrollmentId, long talentId, String name) {
    }

    final long classId;
    final String title;
    final List<Session> sessions;
    final Map<Long, Trainee> trainees;

    private ClassSheet(long classId, String title, List<Session> sessions, Map<Long, Trainee> trainees) {
        this.classId = classId;
        this.title = title;
        this.sessions = List.copyOf(sessions);
        this.trainees = Map.copyOf(trainees);
    }

    /**
     * The class as the import's transaction sees it, kept from closing (or its roster from changing) until the
     * import ends; a class no longer planned takes no attendance.
     */
    static ClassSheet forImport(JdbcTemplate transaction, long classId, TalentRegistry registry) {
        List<Map<String, Object>> rows = transaction.queryForList(
                "select status, title from training_class where id = ? for share", classId);
        if (rows.isEmpty() || !"PLANNED".equals(rows.get(0).get("status"))) {
            throw new BusinessRuleException("import.attendance.classNotPlanned");
        }
        return read(transaction, classId, (String) rows.get(0).get("title"), registry);
    }

    /** The class as it is now, for its template; the caller has checked that the user runs it. */
    static ClassSheet forTemplate(JdbcTemplate jdbc, long classId, String title, TalentRegistry registry) {
        return read(jdbc, classId, title, registry);
    }

    private static ClassSheet read(JdbcTemplate transaction, long classId, String title, TalentRegistry registry) {
        List<Session> sessions = new ArrayList<>();
        transaction.query("select id, starts_at, hours from class_session where class_id = ? order by starts_at, id",
                rs -> {
                    // read as Hibernate wrote it (hibernate.jdbc.time_zone=UTC): the session's local time
                    sessions.add(new Session(rs.getLong(1), sessions.size() + 1,
                            rs.getTimestamp(2, Calendar.getInstance(UTC)).toLocalDateTime(), rs.getBigDecimal(3)));
                }, classId);
        Map<Long, Long> placed = new HashMap<>();
        transaction.query("select id, talent_id from enrollment where class_id = ? and status = 'ENROLLED'",
                rs -> {
                    placed.put(rs.getLong(2), rs.getLong(1));
                }, classId);
        Map<Long, TalentCard> cards = registry.cards(placed.keySet());
        Map<Long, Trainee> trainees = new HashMap<>();
        placed.forEach((talentId, enrollmentId) -> {
            TalentCard card = cards.get(talentId);
            trainees.put(talentId, new Trainee(enrollmentId, talentId, card == null ? null : card.name()));
        });
        return new ClassSheet(classId, title, sessions, trainees);
    }

    /** The trainees in the order they took their places. */
    List<Trainee> roster() {
        return trainees.values().stream().sorted(java.util.Comparator.comparingLong(Trainee::enrollmentId)).toList();
    }

    List<Session> on(LocalDate day) {
        return sessions.stream().filter(s -> s.startsAt().toLocalDate().equals(day)).toList();
    }

    List<Session> at(LocalDate day, LocalTime time) {
        return on(day).stream().filter(s -> s.startsAt().toLocalTime().equals(time)).toList();
    }
}
