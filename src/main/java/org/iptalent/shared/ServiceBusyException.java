package org.iptalent.shared;

/**
 * The platform cannot serve this request now because as many of its kind as the machine can run are
 * already running and it waited its limit in line. Nothing was changed; the caller may try again after
 * {@code retryAfterSeconds} (the Retry-After that pages and the API send).
 */
public class ServiceBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServiceBusyException(String what, int retryAfterSeconds) {
        super(what + " is busy");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
