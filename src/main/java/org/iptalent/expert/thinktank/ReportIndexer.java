package org.iptalent.expert.thinktank;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the report index in step with what its documents read from other rows (a think tank renamed, a topic moved
 * on: their reports are replaced after the commit) and with rows written by SQL: at start-up, after the demo data,
 * the index is rebuilt whenever it and the table disagree.
 */
@Component
@Order(20)
public class ReportIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportIndexer.class);

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;

    ReportIndexer(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        long rows = jdbc.queryForObject("select count(*) from think_tank_report", Long.class);
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(em).search(ThinkTankReport.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        if (rows != indexed) {
            log.info("Report index holds {} think tank reports, the database {}: re-indexing", indexed, rows);
            reindex();
        }
    }

    /** Rebuilds the report index from the database. */
    public void reindex() {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Search.session(em).massIndexer(ThinkTankReport.class).threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        }
        flush();
    }

    /** Replaces these reports' documents once the current transaction has committed (at once without one). */
    void replaceAfterCommit(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    replace(ids);
                }
            });
        } else {
            replace(ids);
        }
    }

    /** Replaces these reports' documents with what the database says now; a document whose row is gone is deleted. */
    public void replace(List<Long> ids) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            List<ThinkTankReport> found = em.createQuery("""
                    select r from ThinkTankReport r join fetch r.thinkTank left join fetch r.topic
                    where r.id in :ids""", ThinkTankReport.class).setParameter("ids", ids).getResultList();
            SearchIndexingPlan plan = Search.session(em).indexingPlan();
            found.forEach(plan::addOrUpdate);
            Set<Long> present = found.stream().map(ThinkTankReport::getId).collect(Collectors.toSet());
            ids.stream().filter(id -> !present.contains(id)).forEach(id -> plan.purge(ThinkTankReport.class, id, null));
            plan.execute();
        }
        flush();
    }

    private void flush() {
        Search.mapping(entityManagerFactory).scope(ThinkTankReport.class).workspace().flush();
    }
}
