package org.iptalent.registry.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    /** Raise when the index mapping changes: an index written by another mapping is rebuilt at start-up. */
    static final String MAPPING_VERSION = "3";

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final Path marker;

    SearchIndexer(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc,
            @Value("${iptalent.search.index-directory:./data/index}")
            Path indexDirectory) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.marker = indexDirectory.resolve("mapping-version");
    }

    @Override
    public void run(ApplicationArguments args) {
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

    /** Indexes the talents an import wrote (all of them again when a crashed run is resumed). */
    void indexImport(long importId, int changed) {
        // indexing chosen talents updates each document (delete, then add), at about half the speed of a
        // rebuild that only adds: when they are half the registry or more, rebuilding it all is quicker
        if (changed >= SMALL_IMPORT && 2L * changed >= jdbc.queryForObject("select count(*) from talent", Long.class)) {
            reindex();
            return;
        }
        massIndex(indexer -> indexer.purgeAllOnStart(false).type(Talent.class)
                .reindexOnly("e.lastImportId = :importId").param("importId", importId));
    }

    /** Rebuilds the talent index from the database. */
    public void reindex() {
        long start = System.nanoTime();
        massIndex(indexer -> indexer.idFetchSize(10_000));
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
