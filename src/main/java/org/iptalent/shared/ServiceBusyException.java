package org.iptalent.shared;

/**
 * The platform cannot serve this request now because as many of its kind as the machine can run are
 * already running and it waited its limit in line. Nothing was changed; the caller may try again shortly.
 */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String what) {
        super(what + " is busy");
    }
}
