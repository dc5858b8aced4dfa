package org.iptalent.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.iptalent.notification.Notice;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code notification} table: every notice of every user, with its e-mail's state. Plain SQL, because a
 * notice is written once (in bulk, skipping those already recorded) and then only marked read or mailed.
 */
@Component
public class NotificationTable {

    /** Rows per insert statement: each array parameter stays well below what one bind message carries. */
    static final int INSERT_CHUNK = 5_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, recipient_id, topic, message_key, arguments::text as arguments, link, "
            + "created_at, read_at, email_status";
    /*
     * The inbox's statements, whole: all of a user's notices on the inbox index, the unread ones on the partial index
     * of unread notices. One statement with the choice as a parameter would lose the partial index whenever the
     * server plans it generically (a prepared statement run often), so each choice has its own constant text.
     */
    private static final String COUNT = "select count(*) from notification where recipient_id = ?";
    private static final String COUNT_UNREAD = "select count(*) from notification where recipient_id = ? "
            + "and read_at is null";
    private static final String PAGE = "select " + COLUMNS + " from notification where recipient_id = ? "
            + "order by created_at desc, id desc limit ? offset ?";
    private static final String PAGE_UNREAD = "select " + COLUMNS + " from notification where recipient_id = ? "
            + "and read_at is null order by created_at desc, id desc limit ? offset ?";
    private static final String ONE = "select " + COLUMNS + " from notification where id = ? and recipient_id = ?";

    private final JdbcTemplate jdbc;

    NotificationTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the notices in one statement per {@value #INSERT_CHUNK}, in the caller's transaction; a notice whose
     * recipient already has one with its dedupe key is skipped (and so is a second one in the same call).
     * Returns how many were recorded.
     */
    int insert(Collection<Notice> notices, Instant now) {
        int recorded = 0;
        List<Notice> chunk = new ArrayList<>(Math.min(notices.size(), INSERT_CHUNK));
        for (Notice notice : notices) {
            chunk.add(notice);
            if (chunk.size() == INSERT_CHUNK) {
                recorded += insertChunk(chunk, now);
                chunk.clear();
            }
        }
        return recorded + insertChunk(chunk, now);
    }

    private int insertChunk(List<Notice> notices, Instant now) {
        if (notices.isEmpty()) {
            return 0;
        }
        int n = notices.size();
        Long[] recipients = new Long[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] arguments = new String[n];
        String[] links = new String[n];
        String[] statuses = new String[n];
        String[] dedupeKeys = new String[n];
        for (int i = 0; i < n; i++) {
            Notice notice = notices.get(i);
            recipients[i] = notice.recipientUserId();
            topics[i] = notice.topic();
            keys[i] = notice.messageKey();
            arguments[i] = JSON.writeValueAsString(notice.arguments());
            links[i] = notice.link();
            statuses[i] = notice.email() ? EmailStatus.PENDING.name() : EmailStatus.NONE.name();
            dedupeKeys[i] = notice.dedupeKey();
        }
        return jdbc.update("""
                insert into notification (recipient_id, topic, message_key, arguments, link, email_status, dedupe_key,
                  created_at)
                select r, t, k, a::jsonb, l, s, d, ?
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                  with ordinality as n(r, t, k, a, l, s, d, o)
                order by o
                on conflict (recipient_id, dedupe_key) where dedupe_key is not null do nothing""",
                Timestamp.from(now), recipients, topics, keys, arguments, links, statuses, dedupeKeys);
    }

    Page<NotificationRow> page(long recipient, boolean unreadOnly, Pageable pageable) {
        long total = jdbc.queryForObject(unreadOnly ? COUNT_UNREAD : COUNT, Long.class, recipient);
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<NotificationRow> rows = jdbc.query(unreadOnly ? PAGE_UNREAD : PAGE, NotificationTable::row, recipient,
                pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }

    /** The user's own notice: another user's is as absent as one that does not exist. */
    Optional<NotificationRow> find(long id, long recipient) {
        return jdbc.query(ONE, NotificationTable::row, id, recipient).stream().findFirst();
    }

    /** Marks the user's own notice read (once: the first reading time stays); false when it is not theirs. */
    boolean markRead(long id, long recipient, Instant now) {
        int updated = jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? "
                + "and recipient_id = ?", Timestamp.from(now), id, recipient);
        return updated > 0;
    }

    int markAllRead(long recipient, Instant now) {
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null",
                Timestamp.from(now), recipient);
    }

    /** Counted on the partial index of unread notices: cheap enough for every page's header. */
    long unreadCount(long recipient) {
        return jdbc.queryForObject(COUNT_UNREAD, Long.class, recipient);
    }

    /**
     * Claims up to {@code limit} e-mails due now, oldest first, locking their rows for the caller's transaction;
     * rows another node's run holds are skipped, never waited for or sent twice.
     */
    List<PendingMail> claimPending(int limit, Instant now) {
        return jdbc.query("""
                select id, recipient_id, message_key, arguments::text as arguments, link, email_attempts
                from notification
                where email_status = 'PENDING' and (email_next_at is null or email_next_at <= ?)
                order by email_next_at nulls first, id
                limit ?
                for update skip locked""", (rs, n) -> new PendingMail(rs.getLong("id"), rs.getLong("recipient_id"),
                rs.getString("message_key"), arguments(rs.getString("arguments")), rs.getString("link"),
                rs.getInt("email_attempts")), Timestamp.from(now), limit);
    }

    /**
     * Gives up the e-mails of up to {@code limit} notices due now, in one statement (no SMTP server is
     * configured); returns how many.
     */
    int markPendingNotSent(int limit, Instant now, String reason) {
        return jdbc.update("""
                update notification set email_status = 'NOT_SENT', email_last_error = ?
                where id in (select id from notification
                             where email_status = 'PENDING' and (email_next_at is null or email_next_at <= ?)
                             order by id limit ? for update skip locked)""", reason, Timestamp.from(now), limit);
    }

    void markSent(long id, Instant now) {
        jdbc.update("update notification set email_status = 'SENT', emailed_at = ?, email_attempts = "
                + "email_attempts + 1, email_last_error = null, email_next_at = null where id = ?",
                Timestamp.from(now), id);
    }

    void markNotSent(long id, String reason) {
        jdbc.update("update notification set email_status = 'NOT_SENT', email_last_error = ? where id = ?",
                reason, id);
    }

    /** A failed attempt: tried again at {@code next}, or, when null, given up as FAILED. */
    void markAttemptFailed(long id, int attempts, Instant next, String error) {
        jdbc.update("update notification set email_status = ?, email_attempts = ?, email_next_at = ?, "
                + "email_last_error = ? where id = ?", next == null ? EmailStatus.FAILED.name()
                : EmailStatus.PENDING.name(), attempts, next == null ? null : Timestamp.from(next),
                error == null ? null : error.substring(0, Math.min(error.length(), 1000)), id);
    }

    private static NotificationRow row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new NotificationRow(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("topic"),
                rs.getString("message_key"), arguments(rs.getString("arguments")), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
                EmailStatus.valueOf(rs.getString("email_status")));
    }

    static List<String> arguments(String json) {
        return json == null ? List.of() : JSON.readValue(json, STRINGS);
    }
}
