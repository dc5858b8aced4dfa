package org.iptalent.training.merge;

import java.util.List;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditText;
import org.iptalent.registry.TalentReferences;
import org.iptalent.training.enrollment.Enrollment;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A trainee's records follow a talent merge: the duplicate's enrollments (with their attendance and scores, which
 * hang on the enrollment), rotation memberships, nominations, survey invitations and follow-ups become the
 * survivor's, in the merge's transaction (the registry has locked both talents), so that the person's classes,
 * hours and surveys stay on the record that stays. Every statement is set-based: the number of statements does not
 * grow with the records moved.
 * <p>
 * The enrollments are decided first. Where both records were in one class, the survivor ends up with the enrollment
 * further along ({@link #ENROLLMENT_ORDER}; its own when they are equal) and the other is the duplicate's: the two
 * exchange their talents in one statement, which the class's one-row-per-talent key (deferrable, checked at the end
 * of the statement) allows. What hangs on an enrollment then follows it: its survey invitation, its follow-up and
 * the nomination that enrolled it, so nothing names one talent while its enrollment is the other's. A nomination
 * without an enrollment moves unless the survivor has one for the class; a campaign membership unless the survivor
 * is a member already.
 */
@Component
@Order(30)
class TraineeMerge implements TalentReferences {

    /**
     * How far an enrollment got, least first: withdrawn, waiting, holding a place, and the two ends of a class that
     * was attended, not completed and completed (hours credited).
     */
    static final List<Enrollment.Status> ENROLLMENT_ORDER = List.of(Enrollment.Status.WITHDRAWN,
            Enrollment.Status.WAITLISTED, Enrollment.Status.ENROLLED, Enrollment.Status.NOT_COMPLETED,
            Enrollment.Status.COMPLETED);

    private final JdbcTemplate jdbc;

    TraineeMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        int pairs = jdbc.queryForObject("""
                select count(*) from enrollment d join enrollment s on s.class_id = d.class_id and s.talent_id = ?
                where d.talent_id = ?""", Integer.class, survivorId, duplicateId);
        int exchanged = jdbc.update("""
                update enrollment e set talent_id = case when e.talent_id = ? then ? else ? end,
                       version = e.version + 1, updated_at = now()
                from (select d.id as duplicate_row, s.id as survivor_row
                      from enrollment d join enrollment s on s.class_id = d.class_id and s.talent_id = ?
                      where d.talent_id = ? and %s > %s) p
                where e.id in (p.duplicate_row, p.survivor_row)""".formatted(rank("d.status"), rank("s.status")),
                duplicateId, survivorId, duplicateId, survivorId, duplicateId) / 2;
        int enrollments = jdbc.update("""
                update enrollment d set talent_id = ?, version = d.version + 1, updated_at = now()
                where d.talent_id = ? and not exists
                  (select 1 from enrollment s where s.class_id = d.class_id and s.talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        int invitations = follow("training_survey_invitation", "", duplicateId, survivorId);
        int followUps = follow("training_follow_up", ", version = x.version + 1", duplicateId, survivorId);
        int nominations = follow("nomination", ", version = x.version + 1", duplicateId, survivorId)
                + jdbc.update("""
                        update nomination d set talent_id = ?, version = d.version + 1 where d.talent_id = ?
                          and d.enrollment_id is null
                          and not exists (select 1 from nomination s where s.class_id = d.class_id and s.talent_id = ?)""",
                        survivorId, duplicateId, survivorId);
        int members = jdbc.update("""
                update rotation_member d set talent_id = ? where d.talent_id = ? and not exists
                  (select 1 from rotation_member s where s.campaign_id = d.campaign_id and s.talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        int kept = pairs - exchanged
                + jdbc.queryForObject("select count(*) from nomination where talent_id = ? and enrollment_id is null",
                        Integer.class, duplicateId)
                + jdbc.queryForObject("select count(*) from rotation_member where talent_id = ?", Integer.class,
                        duplicateId);
        int moved = enrollments + exchanged;
        if (moved + invitations + followUps + nominations + members + kept == 0) {
            return null;
        }
        return AuditText.message("audit.detail.merge.training", moved, members, nominations, invitations, followUps,
                kept == 0 ? "" : AuditText.message("audit.detail.merge.trainingKept", kept));
    }

    /**
     * Gives a table's rows that hang on an enrollment of either record the talent their enrollment has now; returns
     * how many the survivor received. One statement, so rows of two enrollments that exchanged talents exchange too.
     */
    private int follow(String table, String versioned, long duplicateId, long survivorId) {
        return jdbc.query("""
                update %s x set talent_id = e.talent_id%s from enrollment e
                where e.id = x.enrollment_id and x.talent_id in (?, ?) and x.talent_id <> e.talent_id
                returning x.talent_id""".formatted(table, versioned), (rs, n) -> rs.getLong(1), duplicateId,
                survivorId).stream().filter(talent -> talent == survivorId).mapToInt(talent -> 1).sum();
    }

    /** The position of {@code column}'s value in {@link #ENROLLMENT_ORDER}, in SQL. */
    private static String rank(String column) {
        return ENROLLMENT_ORDER.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ", "array_position(array[", "]::text[], " + column + "::text)"));
    }
}
