package org.iptalent.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.iptalent.shared.ServiceBusyException;
import org.junit.jupiter.api.Test;

class SearchGateTests {

    @Test
    void searchesBeyondTheLimitWaitAndRunInTheOrderTheyCame() throws Exception {
        SearchGate gate = gate(1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Thread first = start(() -> gate.run(() -> {
            running.countDown();
            await(release);
            return order.add("first");
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        Thread second = start(() -> gate.run(() -> order.add("second")));
        waitUntilParked(second);
        Thread third = start(() -> gate.run(() -> order.add("third")));
        waitUntilParked(third);
        assertThat(order).isEmpty();

        release.countDown();
        for (Thread t : List.of(first, second, third)) {
            t.join(5_000);
        }
        assertThat(order).containsExactly("first", "second", "third");
    }

    @Test
    void aSearchThatWaitsPastTheLimitIsRefusedAsBusyAndTakesNoPlace() throws Exception {
        SearchGate gate = gate(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Thread holder = start(() -> gate.run(() -> {
            running.countDown();
            return await(release);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gate.run(() -> "never")).isInstanceOf(ServiceBusyException.class);

        release.countDown();
        holder.join(5_000);
        assertThat(gate.run(() -> "served")).isEqualTo("served");
    }

    @Test
    void aFailingSearchGivesItsPlaceBack() {
        SearchGate gate = gate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("index unreadable");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(gate.run(() -> "served")).isEqualTo("served");
    }

    @Test
    void oneSearchPerCoreUnlessConfigured() {
        assertThat(gate(0, Duration.ofSeconds(1)).concurrency())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(gate(3, Duration.ofSeconds(1)).concurrency()).isEqualTo(3);
    }

    private static SearchGate gate(int concurrency, Duration maxWait) {
        return new SearchGate(new SearchProperties(Path.of("index"), concurrency, maxWait));
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The thread is in line at the gate (parked in the semaphore's queue). */
    private static void waitUntilParked(Thread thread) throws InterruptedException {
        for (int i = 0; i < 500 && thread.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }
}
