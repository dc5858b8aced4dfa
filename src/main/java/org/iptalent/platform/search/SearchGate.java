package org.iptalent.platform.search;

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
 * is refused as busy ({@link ServiceBusyException}, which pages and the API answer with 503 and
 * Retry-After) instead of piling up.
 * <p>
 * One gate for the whole platform: every module's searches compete for the same cores, so they wait in
 * the same line.
 */
@Component
public class SearchGate {

    /** A search takes milliseconds: a few seconds later the line has long moved on. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private final int concurrency;
    private final Semaphore permits;
    private final long waitNanos;

    SearchGate(SearchProperties properties) {
        int configured = properties.concurrency();
        this.concurrency = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(concurrency, true);
        this.waitNanos = properties.maxWait().toNanos();
    }

    /** How many searches run at once. */
    public int concurrency() {
        return concurrency;
    }

    /**
     * Runs the search when its turn comes. Put inside only the search itself (reading the index, at most a
     * quick check of a page of hits): slower work with its results, such as writing an export, would hold a
     * place that other searches are waiting for.
     *
     * @throws ServiceBusyException when the search waited its limit without getting a place
     */
    public <T> T run(Supplier<T> search) {
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
