package org.iptalent.registry.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.iptalent.shared.ServiceBusyException;
import org.springframework.stereotype.Component;

/**
 * Lets as many searches run at once as there are cores, the rest wait in arrival order. A search is pure
 * CPU (it reads the index, never the database), so more of them at once only share the cores: each then
 * takes as long as all of them together, and a broad word's search drags out the short ones beside it.
 * In line, the same throughput is served with far less spread. A search that waits longer than the limit
 * is refused as busy instead of piling up.
 */
@Component
class SearchGate {

    /** A search takes milliseconds: a few seconds later the line has long moved on. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private final int concurrency;
    private final Semaphore permits;
    private final long waitNanos;

    SearchGate(RegistryProperties properties) {
        int configured = properties.searchConcurrency();
        this.concurrency = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(concurrency, true);
        this.waitNanos = properties.searchMaxWait().toNanos();
    }

    int concurrency() {
        return concurrency;
    }

    <T> T run(Supplier<T> search) {
        try {
            if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new ServiceBusyException("search", RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("search", RETRY_AFTER_SECONDS);
        }
        try {
            return search.get();
        } finally {
            permits.release();
        }
    }
}
