package org.iptalent.registry.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
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

    /** Raise when the index mapping changes: an index written by another mapping is rebuilt at start-up. */
    static final String MAPPING_VERSION = "3";

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final java.nio.file.Path marker;

    SearchIndexer(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc,
            @org.springframework.beans.factory.annotation.Value("${iptalent.search.index-directory:./data/index}")
            java.nio.file.Path indexDirectory) {
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
            return java.nio.file.Files.exists(marker) ? java.nio.file.Files.readString(marker).trim() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Rebuilds the talent index from the database. */
    public void reindex() {
        long start = System.nanoTime();
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Search.session(em).massIndexer(Talent.class).threadsToLoadObjects(2).batchSizeToLoadObjects(1000)
                    .idFetchSize(10_000).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-indexing interrupted", e);
        }
        log.info("Re-indexed the talents in {} ms", (System.nanoTime() - start) / 1_000_000);
        try {
            java.nio.file.Files.createDirectories(marker.getParent());
            java.nio.file.Files.writeString(marker, MAPPING_VERSION);
        } catch (java.io.IOException e) {
            log.warn("Could not record the index mapping version in {}", marker, e);
        }
    }
}
