package org.iptalent.expert.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.iptalent.expert.pool.Expert;
import org.iptalent.platform.search.SearchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the expert index in step with rows written by SQL (a talent merge, the demo data, the name copies): at
 * start-up, after the demo data (order 10), missing copies are filled and the index rebuilt whenever it and
 * the table disagree (an empty or deleted index, another mapping); chosen experts' documents are replaced on demand.
 * Changes through the entity are indexed by Hibernate Search itself, after their commit.
 */
@Component
@Order(20)
public class ExpertIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExpertIndexer.class);

    /** Raise when {@link ExpertDocument} changes: an index written by another mapping is rebuilt at start-up. */
    static final String MAPPING_VERSION = "1";

    private static final int CHUNK = 1_000;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final ExpertNames names;
    private final Path marker;

    ExpertIndexer(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, ExpertNames names,
            SearchProperties search) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.names = names;
        this.marker = search.indexDirectory().resolve("expert-mapping-version");
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> renamed = names.refreshMissing();
        long rows = jdbc.queryForObject("select count(*) from expert", Long.class);
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(em).search(Expert.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        String version = readMarker();
        if (rows != indexed || !MAPPING_VERSION.equals(version)) {
            log.info("Expert index holds {} experts (mapping {}), the database {} (mapping {}): re-indexing", indexed,
                    version, rows, MAPPING_VERSION);
            reindex();
        } else {
            replace(renamed);
        }
    }

    /** Rebuilds the expert index from the database: for a module that wrote experts by SQL in bulk (demo data). */
    public void reindex() {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Search.session(em).massIndexer(Expert.class).threadsToLoadObjects(1).batchSizeToLoadObjects(500)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        }
        flush();
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, MAPPING_VERSION);
        } catch (IOException e) {
            log.warn("Could not record the expert index's mapping version in {}", marker, e);
        }
    }

    /** Replaces these experts' documents with what the database says now; a document whose row is gone is deleted. */
    public void replace(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                List<Expert> experts = em.createQuery("select e from Expert e where e.id in :ids", Expert.class)
                        .setParameter("ids", chunk).getResultList();
                SearchIndexingPlan plan = Search.session(em).indexingPlan();
                experts.forEach(plan::addOrUpdate);
                Set<Long> found = experts.stream().map(Expert::getId).collect(Collectors.toSet());
                chunk.stream().filter(id -> !found.contains(id)).forEach(id -> plan.purge(Expert.class, id, null));
                plan.execute();
            }
        }
        if (!ids.isEmpty()) {
            flush();
        }
    }

    private void flush() {
        Search.mapping(entityManagerFactory).scope(Expert.class).workspace().flush();
    }

    private String readMarker() {
        try {
            return Files.exists(marker) ? Files.readString(marker).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
