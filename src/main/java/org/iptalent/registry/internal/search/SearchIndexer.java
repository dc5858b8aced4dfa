package org.iptalent.registry.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.iptalent.platform.search.SearchProperties;
import org.iptalent.registry.internal.Talent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with rows written by SQL (bulk loads bypass Hibernate Search): a
 * full re-index on demand, and at start-up whenever the index and the table disagree (a deleted or
 * new index directory, an interrupted bulk load).
 */
@Component
@Order(5)
public class SearchIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /** Below this many changed talents an import indexes just them, without counting the registry. */
    private static final int SMALL_IMPORT = 50_000;

    /** Talents loaded at once to replace their documents. */
    private static final int REPLACE_CHUNK = 1_000;

    /**
     * Raise when the index mapping changes: an index written by another mapping is rebuilt at start-up. 4: an
     * index written before imports replaced their documents may hold stale ones beside the current. 5: documents
     * say which import wrote them ({@code importJob}).
     */
    static final String MAPPING_VERSION = "5";

    /**
     * How bulk writes wait: until each batch is written, not committed. A commit per batch (the platform's default,
     * right for single edits) would write hundreds of small segments and merge them again and again; bulk work is
     * committed once, at its end ({@link #flush}).
     */
    private static final IndexingPlanSynchronizationStrategy WRITTEN = context -> {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> future.join().throwable().ifPresent(failure -> {
            throw new IllegalStateException("writing search documents failed", failure);
        }));
    };

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final Path marker;
    private final PendingImports pendingImports;

    SearchIndexer(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, SearchProperties search,
            PendingImports pendingImports) {
        this.pendingImports = pendingImports;
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.marker = search.indexDirectory().resolve("mapping-version");
    }

    @Override
    public void run(ApplicationArguments args) {
        // documents of imports a crash stopped before they committed: they go before anything counts them
        List<Long> pending = pendingImports.all();
        if (!pending.isEmpty()) {
            try {
                for (Long importId : pending) {
                    purgeImport(importId, List.of());
                }
            } catch (RuntimeException e) {
                log.error("Purging the documents of imports a crash stopped failed: rebuilding the index", e);
                reindex();
            }
            pending.forEach(pendingImports::closed);
        }
        long rows = jdbc.queryForObject("select count(*) from talent", Long.class);
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(em).search(Talent.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        String version = readMarker();
        if (rows != indexed || !MAPPING_VERSION.equals(version)) {
            log.info("Search index holds {} talents (mapping {}), the database {} (mapping {}): re-indexing", indexed,
                    version, rows, MAPPING_VERSION);
            reindex();
        }
    }

    private String readMarker() {
        try {
            return Files.exists(marker) ? Files.readString(marker).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Brings the index up to date with a committed import. Its new talents' documents were written while it merged
     * ({@code newWritten}), unless writing them failed: then they are added now, at a rebuild's speed. An updated
     * talent's document is replaced, never added beside the old one: a talent the import moved to another
     * province must stop matching its old province's filter. When {@code resumed} after a crash, every document
     * of the import is replaced from the database.
     */
    public void indexImport(long importId, boolean newWritten, boolean resumed) {
        if (resumed) {
            replace(jdbc.queryForList("select id from talent where last_import_id = ? order by id", Long.class,
                    importId));
            return;
        }
        if (!newWritten) {
            // some may have been written before the writer failed: replaced, never added beside themselves
            replace(jdbc.queryForList("select id from talent where last_import_id = ? and version = 0 order by id",
                    Long.class, importId));
        }
        List<Long> updated = jdbc.queryForList("select id from talent where last_import_id = ? and version > 0 "
                + "order by id", Long.class, importId);
        // replacing chosen documents (delete, then add) runs at about half the speed of a rebuild that only
        // adds: when they are half the registry or more, rebuilding it all is quicker
        if (updated.size() >= SMALL_IMPORT
                && 2L * updated.size() >= jdbc.queryForObject("select count(*) from talent", Long.class)) {
            reindex();
            return;
        }
        replace(updated);
    }

    /**
     * Adds the documents of talents an import is writing, built from its rows in memory ({@link Talent#searchCopy}).
     * They are left out of every search until the import commits ({@link PendingImports}).
     */
    public void addCopies(List<Talent> copies) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            var session = Search.session(em);
            session.indexingPlanSynchronizationStrategy(WRITTEN);
            SearchIndexingPlan plan = session.indexingPlan();
            // the ORM mapper's plan only adds or updates: a new id's delete finds nothing and costs little
            copies.forEach(plan::addOrUpdate);
            plan.execute();
        }
    }

    /** Deletes every document an import wrote ahead of a commit that never came, and writes that to disk. */
    public void purgeImport(long importId, Collection<Long> written) {
        Set<Long> ids = new LinkedHashSet<>(written);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            var session = Search.session(em);
            session.indexingPlanSynchronizationStrategy(WRITTEN);
            // the documents the import says it wrote, and whatever else the index holds of it (after a crash the
            // import is not there to say)
            ids.addAll(session.search(Talent.class).select(f -> f.id(Long.class))
                    .where(f -> f.match().field("importJob").matching(importId)).fetchAllHits());
            SearchIndexingPlan plan = session.indexingPlan();
            int purged = 0;
            for (Long id : ids) {
                plan.purge(Talent.class, id, null);
                if (++purged % REPLACE_CHUNK == 0) {
                    plan.execute();
                }
            }
            plan.execute();
            log.info("Import {}: purged the {} search documents it wrote before it failed", importId, ids.size());
        }
        flush();
    }

    /**
     * Replaces the documents of these talents with what the database says now, and commits the index, so
     * that an index that outlives a crash never disagrees with a committed import.
     */
    public void replace(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += REPLACE_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + REPLACE_CHUNK));
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                List<Talent> talents = em.createQuery("select t from Talent t left join fetch t.employer "
                        + "where t.id in :ids", Talent.class).setParameter("ids", chunk).getResultList();
                var session = Search.session(em);
                session.indexingPlanSynchronizationStrategy(WRITTEN);
                SearchIndexingPlan plan = session.indexingPlan();
                talents.forEach(plan::addOrUpdate);
                // a document whose talent is gone from the database is deleted
                Set<Long> found = talents.stream().map(Talent::getId).collect(Collectors.toSet());
                chunk.stream().filter(id -> !found.contains(id)).forEach(id -> plan.purge(Talent.class, id, null));
                plan.execute();
            }
        }
        flush();
    }

    /** Makes the next start rebuild the index: used when indexing committed rows failed. */
    public void markStale() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            log.error("Could not mark the search index for a rebuild ({}): delete the index directory before the "
                    + "next start", marker, e);
        }
    }

    /** Writes the index's pending changes to disk (bulk indexing otherwise commits only every minute). */
    private void flush() {
        Search.mapping(entityManagerFactory).scope(Talent.class).workspace().flush();
    }

    /** Rebuilds the talent index from the database. */
    public void reindex() {
        long start = System.nanoTime();
        massIndex(indexer -> indexer.idFetchSize(10_000));
        flush();
        log.info("Re-indexed the talents in {} ms", (System.nanoTime() - start) / 1_000_000);
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, MAPPING_VERSION);
        } catch (IOException e) {
            log.warn("Could not record the index mapping version in {}", marker, e);
        }
    }

    /** Hibernate Search's mass indexer with this machine's settings, shaped by the caller. */
    private void massIndex(Consumer<MassIndexer> shape) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            MassIndexer indexer = Search.session(em).massIndexer(Talent.class).threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(1000);
            shape.accept(indexer);
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        }
    }
}
