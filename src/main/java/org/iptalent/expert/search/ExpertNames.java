package org.iptalent.expert.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationMerged;
import org.iptalent.organisation.OrganisationRenamed;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentReferences;
import org.iptalent.registry.TalentRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the registry's name and employer copied on each expert row (V32) current. The registry announces no edit of
 * a talent, so:
 * <ul>
 * <li>ExpertRecords copies them when an expert is appointed or described;</li>
 * <li>a talent merge (after ExpertTalents moved the appointment, order 30) copies the survivor's, in the merge's
 * transaction, and replaces the document once committed;</li>
 * <li>an organisation renamed or merged, once committed, and a periodic sweep (hourly by default, on one node) compare
 * every expert's copies with {@link TalentRegistry#cards} and rewrite the ones that differ: a talent's own edit (its
 * name, its employer) reaches the expert search within the hour;</li>
 * <li>a start fills the copies of rows written without them (the demo pool, by COPY) before the index is checked.</li>
 * </ul>
 * The copies are not the expert's own data, so rewriting them leaves its version alone (no editor's form goes stale).
 */
@Component
@Order(31)
class ExpertNames implements TalentReferences {

    private static final Logger log = LoggerFactory.getLogger(ExpertNames.class);

    private static final int CHUNK = 1_000;

    private record Copy(long id, long talentId, String name, String employerName) {
    }

    private final JdbcTemplate jdbc;
    private final TalentRegistry registry;
    private final ObjectProvider<ExpertIndexer> indexer;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "expert-names");
        thread.setDaemon(true);
        return thread;
    });

    ExpertNames(JdbcTemplate jdbc, TalentRegistry registry, ObjectProvider<ExpertIndexer> indexer) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.indexer = indexer;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        List<Copy> copies = jdbc.query("select id, talent_id, display_name, employer_name from expert "
                + "where talent_id = ?", (rs, n) -> new Copy(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4)), survivorId);
        List<Long> changed = rewrite(copies);
        if (!changed.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    indexer.getObject().replace(changed);
                }
            });
        }
        // nothing of the pool's moved here (ExpertTalents says what did)
        return null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrganisationRenamed renamed) {
        refreshInBackground();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrganisationMerged merged) {
        refreshInBackground();
    }

    @Scheduled(cron = "${iptalent.expert.names-cron:0 20 * * * *}")
    @SchedulerLock(name = "expert-names", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        indexer.getObject().replace(refreshAll());
    }

    private void refreshInBackground() {
        background.execute(() -> {
            try {
                indexer.getObject().replace(refreshAll());
            } catch (RuntimeException e) {
                log.error("Could not refresh the experts' names after an organisation changed", e);
            }
        });
    }

    /** Compares every expert's copies with the registry, rewrites those that differ, and returns their ids. */
    List<Long> refreshAll() {
        return refresh(ALL);
    }

    /** Fills the copies of experts written without them (by SQL, as demo data may be): what a start-up does. */
    List<Long> refreshMissing() {
        return refresh(MISSING);
    }

    private static final String ALL = """
            select id, talent_id, display_name, employer_name from expert where id > ? order by id limit ?""";
    private static final String MISSING = """
            select id, talent_id, display_name, employer_name from expert where id > ? and display_name is null
            order by id limit ?""";

    private List<Long> refresh(String sql) {
        List<Long> changed = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Copy> copies = jdbc.query(sql, (rs, n) -> new Copy(rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getString(4)), after, CHUNK);
            if (copies.isEmpty()) {
                break;
            }
            changed.addAll(rewrite(copies));
            after = copies.get(copies.size() - 1).id();
        }
        if (!changed.isEmpty()) {
            log.info("Refreshed the registry's names of {} experts", changed.size());
        }
        return changed;
    }

    private List<Long> rewrite(List<Copy> copies) {
        Map<Long, TalentCard> cards = registry.cards(copies.stream().map(Copy::talentId).toList());
        List<Object[]> updates = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (Copy copy : copies) {
            TalentCard card = cards.get(copy.talentId());
            // a talent merged away keeps its last copies: its expert stays where the merge left it
            if (card != null && (!Objects.equals(card.name(), copy.name())
                    || !Objects.equals(card.employerName(), copy.employerName()))) {
                updates.add(new Object[] {card.name(), card.employerName(), copy.id()});
                changed.add(copy.id());
            }
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update expert set display_name = ?, employer_name = ? where id = ?", updates);
        }
        return changed;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
