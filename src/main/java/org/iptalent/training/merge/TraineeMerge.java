package org.iptalent.training.merge;

import java.util.List;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditText;
import org.iptalent.registry.TalentReferences;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.nomination.Nomination;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A trainee's records follow a talent merge: the duplicate's enrollments (with their attendance and scores, which
 * hang on the enrollment), rotation memberships, nominations, survey invitations and follow-ups become the
 * survivor's, in the merge's transaction, so that the person's classes, hours and surveys stay on the record that
 * stays. Every statement is set-based: the number of statements does not grow with the records moved.
 * <p>
 * A person is enrolled in a class once, a member of a campaign once, nominated to a class once and invited to a
 * survey once. Where both records hold one for the same class, campaign or survey, the survivor keeps the one
 * further along and the other stays on the duplicate: an enrollment by
 * {@link #ENROLLMENT_ORDER}, a nomination by {@link #NOMINATION_ORDER}, an invitation answered before one not
 * answered; when they are equal, and for two memberships of one campaign, the survivor's own. Follow-ups have no
 * such rule (a class's employers are asked about each completed enrollment): all of them move.
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

    /** How far a nomination got, least first: withdrawn, declined, awaiting the decision, selected, enrolled. */
    static final List<Nomination.Status> NOMINATION_ORDER = List.of(Nomination.Status.WITHDRAWN,
            Nomination.Status.DECLINED, Nomination.Status.NOMINATED, Nomination.Status.SELECTED,
            Nomination.Status.ENROLLED);

    private static final String VERSIONED = ", version = version + 1, updated_at = now()";

    private final JdbcTemplate jdbc;

    TraineeMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        Moved enrollments = moveOnePerKey("enrollment", "class_id",
                rank(ENROLLMENT_ORDER, "d.status") + " > " + rank(ENROLLMENT_ORDER, "s.status"), VERSIONED,
                duplicateId, survivorId);
        Moved nominations = moveOnePerKey("nomination", "class_id",
                rank(NOMINATION_ORDER, "d.status") + " > " + rank(NOMINATION_ORDER, "s.status"), VERSIONED,
                duplicateId, survivorId);
        Moved invitations = moveOnePerKey("training_survey_invitation", "survey_id",
                "d.responded_at is not null and s.responded_at is null", "", duplicateId, survivorId);
        int members = jdbc.update("""
                update rotation_member d set talent_id = ? where d.talent_id = ? and not exists
                  (select 1 from rotation_member s where s.campaign_id = d.campaign_id and s.talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        int membersKept = jdbc.queryForObject("select count(*) from rotation_member where talent_id = ?",
                Integer.class, duplicateId);
        int followUps = jdbc.update("update training_follow_up set talent_id = ?, version = version + 1 "
                + "where talent_id = ?", survivorId, duplicateId);
        int kept = enrollments.kept() + nominations.kept() + invitations.kept() + membersKept;
        if (enrollments.moved() + nominations.moved() + invitations.moved() + members + followUps + kept == 0) {
            return null;
        }
        return AuditText.message("audit.detail.merge.training", enrollments.moved(), members, nominations.moved(),
                invitations.moved(), followUps, kept == 0 ? "" : AuditText.message("audit.detail.merge.trainingKept",
                        kept));
    }

    /** Rows moved to the survivor, and rows left on the duplicate where both had one for a key. */
    private record Moved(int moved, int kept) {
    }

    /**
     * Moves the duplicate's rows of a table with one row per talent and {@code key} to the survivor. Where both have
     * a row for a key, the survivor keeps the one further along ({@code further} holds when the duplicate's row
     * {@code d} is further than the survivor's {@code s}) and the other is the duplicate's.
     */
    private Moved moveOnePerKey(String table, String key, String further, String versioned, long duplicateId,
            long survivorId) {
        List<Pair> pairs = jdbc.query("""
                select d.%2$s, d.id, s.id, (%3$s) from %1$s d join %1$s s on s.%2$s = d.%2$s and s.talent_id = ?
                where d.talent_id = ?""".formatted(table, key, further),
                (rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)),
                survivorId, duplicateId);
        int moved = jdbc.update("""
                update %1$s d set talent_id = ?%3$s where d.talent_id = ?
                  and not exists (select 1 from %1$s s where s.%2$s = d.%2$s and s.talent_id = ?)"""
                .formatted(table, key, versioned), survivorId, duplicateId, survivorId);
        List<Pair> exchanged = pairs.stream().filter(Pair::duplicateFurther).toList();
        if (!exchanged.isEmpty() && exchange(table, key, exchanged, versioned, duplicateId, survivorId)) {
            moved += exchanged.size();
        }
        return new Moved(moved, pairs.size());
    }

    /** The duplicate's row and the survivor's for one key, and whether the duplicate's is further along. */
    private record Pair(long key, long duplicateRow, long survivorRow, boolean duplicateFurther) {
    }

    /**
     * Gives the survivor the duplicate's rows and the duplicate the survivor's, for keys both have a row for. The
     * table's one row per talent and key is checked row by row as a statement runs, so the two cannot change places
     * in one statement: the survivor's rows step aside first to a third talent's free place (a talent with no row
     * for these keys; they are there only inside this transaction, which no one else sees), the duplicate's take
     * the survivor's places, and the survivor's then take the duplicate's. False, and nothing changed, in a database
     * with no third talent: the survivor then keeps its own (a database of these two talents alone).
     */
    private boolean exchange(String table, String key, List<Pair> pairs, String versioned, long duplicateId,
            long survivorId) {
        Object survivors = ids(pairs, Pair::survivorRow);
        List<Long> aside = jdbc.queryForList("""
                select t.id from talent t where t.id not in (?, ?)
                  and not exists (select 1 from %1$s x where x.talent_id = t.id and x.%2$s = any(?))
                limit 1""".formatted(table, key), Long.class, duplicateId, survivorId, ids(pairs, Pair::key));
        if (aside.isEmpty()) {
            return false;
        }
        String update = "update %s set talent_id = ?%s where id = any(?)";
        jdbc.update(update.formatted(table, ""), aside.get(0), survivors);
        jdbc.update(update.formatted(table, versioned), survivorId, ids(pairs, Pair::duplicateRow));
        jdbc.update(update.formatted(table, versioned), duplicateId, survivors);
        return true;
    }

    /** The position of {@code column}'s value in {@code order}, in SQL. */
    private static String rank(List<? extends Enum<?>> order, String column) {
        return order.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ", "array_position(array[", "]::text[], " + column + "::text)"));
    }

    /** Ids as one SQL array parameter ({@code = any(?)}). */
    private static Object ids(List<Pair> pairs, java.util.function.ToLongFunction<Pair> id) {
        return pairs.stream().map(pair -> id.applyAsLong(pair)).toArray(Long[]::new);
    }
}
