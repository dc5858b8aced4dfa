package org.iptalent.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * Two nodes on one database never run one job at once: each node is a lock provider of its own (as each JVM of a
 * cluster has), on the same {@code shedlock} table; while one holds a job's lock, the other's run is skipped, and
 * once it is released the other runs. Every scheduled job of the platform takes such a lock.
 */
@PlatformTest
class SchedulerLockTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondNodeIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        LockProvider nodeA = SchedulerLocks.lockProvider(new JdbcTemplate(dataSource));
        LockProvider nodeB = SchedulerLocks.lockProvider(new JdbcTemplate(dataSource));
        String job = "test-job-" + System.nanoTime();
        AtomicInteger runsOnB = new AtomicInteger();

        Optional<SimpleLock> held = nodeA.lock(configuration(job));
        assertThat(held).as("node A takes the free lock").isPresent();
        try {
            // node B runs the job on its own thread, as its scheduler would
            LockingTaskExecutor executorB = new DefaultLockingTaskExecutor(nodeB);
            CompletableFuture.runAsync(() -> executorB.executeWithLock((Runnable) runsOnB::incrementAndGet,
                    configuration(job))).get();
            assertThat(runsOnB).as("node B skipped its run").hasValue(0);
            assertThat(CompletableFuture.supplyAsync(() -> nodeB.lock(configuration(job))).get()).isEmpty();
            var row = jdbc.queryForMap("select lock_until > timezone('utc', now()) as held, "
                    + "abs(extract(epoch from locked_at - timezone('utc', now()))) < 60 as db_time from shedlock "
                    + "where name = ?", job);
            assertThat(row).as("held until later, by the database's UTC clock").containsEntry("held", true)
                    .containsEntry("db_time", true);
        } finally {
            held.get().unlock();
        }

        LockingTaskExecutor executorB = new DefaultLockingTaskExecutor(nodeB);
        CompletableFuture.runAsync(() -> executorB.executeWithLock((Runnable) runsOnB::incrementAndGet,
                configuration(job))).get();
        assertThat(runsOnB).as("released: node B runs").hasValue(1);
    }

    @Test
    void everyScheduledJobTakesAClusterLockOfItsOwn() {
        List<String> unlocked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(bean);
            if (type == null || !type.getName().startsWith("org.iptalent.")) {
                continue;
            }
            Class<?> target = AopUtils.isAopProxy(context.getBean(bean)) ? AopUtils.getTargetClass(context.getBean(bean))
                    : type;
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(target)) {
                if (!AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    continue;
                }
                SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
                if (lock == null || lock.name().isBlank()) {
                    unlocked.add(target.getSimpleName() + "." + method.getName());
                } else if (!names.add(lock.name())) {
                    duplicates.add(lock.name());
                }
            }
        }
        assertThat(names).as("the jobs found").contains("notification-outbox", "spreadsheet-import-sweep");
        assertThat(unlocked).as("@Scheduled without @SchedulerLock(name = ...)").isEmpty();
        assertThat(duplicates).as("two jobs with one lock would block each other").isEmpty();
    }

    private static LockConfiguration configuration(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }
}
