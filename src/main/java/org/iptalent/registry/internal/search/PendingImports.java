package org.iptalent.registry.internal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The imports whose search documents are written but whose rows are not committed ({@code talent_index_pending}):
 * every search leaves their documents out. Read from the database at most once a second, so that every node
 * sharing a search backend agrees; the node running an import knows at once.
 */
@Component
public class PendingImports {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Whether the index is on a search server that several nodes share. */
    private final boolean shared;
    private volatile Set<Long> hidden = Set.of();
    private volatile Instant readAt = Instant.MIN;

    PendingImports(JdbcTemplate jdbc, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shared = "elasticsearch".equals(
                environment.getProperty("spring.jpa.properties.hibernate.search.backend.type", "lucene"));
    }

    /** The imports whose documents searches must leave out; usually none. */
    public Set<Long> hidden() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            reloadIfStale(now);
        }
        return hidden;
    }

    /** One search reads the table; those that waited for it find it fresh. */
    private synchronized void reloadIfStale(Instant now) {
        if (readAt.plus(FRESH).isBefore(now)) {
            reload(now);
        }
    }

    /**
     * How long after {@link #open} a document may be written. An index on local disk is this node's alone, and this
     * node knows at once; nodes sharing a search server (Elasticsearch or OpenSearch) have all read the table again
     * a second later — before that, one that had read it just before would show the document.
     */
    public Duration settle() {
        return shared ? FRESH.plusMillis(100) : Duration.ZERO;
    }

    /** Before an import writes its first document (committed at once, on a connection of its own). */
    public void open(long importId) {
        jdbc.update("insert into talent_index_pending (import_id) values (?) on conflict do nothing", importId);
        reload(clock.instant());
    }

    /** In the import's transaction: its documents become visible with its rows. */
    public static void closeIn(JdbcTemplate transaction, long importId) {
        transaction.update("delete from talent_index_pending where import_id = ?", importId);
    }

    /** After the commit, or once a rolled-back import's documents are purged. */
    public void closed(long importId) {
        jdbc.update("delete from talent_index_pending where import_id = ?", importId);
        reload(clock.instant());
    }

    /** Every import whose documents are still hidden, oldest first (a restart purges them). */
    public List<Long> all() {
        return jdbc.queryForList("select import_id from talent_index_pending order by import_id", Long.class);
    }

    private synchronized void reload(Instant now) {
        hidden = Set.copyOf(jdbc.queryForList("select import_id from talent_index_pending", Long.class));
        readAt = now;
    }
}
