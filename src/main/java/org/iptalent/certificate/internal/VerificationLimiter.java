package org.iptalent.certificate.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How often one client may look certificates up: a token bucket per client address, in memory (a node's own: behind
 * a load balancer each node limits what reaches it). A look-up takes a token; one that finds nothing takes
 * {@code missCost} in all, so a client walking the code space slows down fastest. An IPv6 client is its /64, which
 * one subscriber usually holds whole. At most {@code maxClients} buckets are kept: those idle long enough to be full
 * again are forgotten first, since a full bucket is what a new one would be.
 */
@Component
public class VerificationLimiter {

    /** Whether a look-up may go ahead, and if not, in how many seconds one will. */
    public record Admission(boolean admitted, long retryAfterSeconds) {
    }

    private final CertificateProperties.Verification settings;
    private final Clock clock;
    private final double tokensPerMilli;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    VerificationLimiter(CertificateProperties properties, Clock clock) {
        this.settings = properties.verification();
        this.clock = clock;
        this.tokensPerMilli = settings.perMinute() / 60_000.0;
    }

    /** Takes one token of {@code client}'s bucket, or says how long until there is one. */
    public Admission admit(String client) {
        long now = clock.millis();
        sweepIfFull(now);
        Bucket bucket = buckets.computeIfAbsent(key(client), k -> new Bucket(settings.burst(), now));
        synchronized (bucket) {
            bucket.refill(now, tokensPerMilli, settings.burst());
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Admission(true, 0);
            }
            return new Admission(false, Math.max(1, (long) Math.ceil((1 - bucket.tokens) / tokensPerMilli / 1000)));
        }
    }

    /** Charges a look-up that found nothing the rest of its cost; the bucket may owe up to a burst's worth. */
    public void missed(String client) {
        Bucket bucket = buckets.get(key(client));
        if (bucket != null) {
            synchronized (bucket) {
                bucket.tokens = Math.max(-settings.burst(), bucket.tokens - (settings.missCost() - 1));
            }
        }
    }

    /**
     * Makes room when the buckets reach their bound: a sweep leaves at most 90 % of it, so sweeps come at most once
     * every tenth of the bound's new clients.
     */
    private void sweepIfFull(long now) {
        if (buckets.size() < settings.maxClients()) {
            return;
        }
        double fullAfterMillis = settings.burst() / tokensPerMilli;
        buckets.values().removeIf(bucket -> now - bucket.updatedAt >= fullAfterMillis);
        // still over: forget arbitrary clients rather than grow without bound (they start again with a full burst)
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() >= settings.maxClients() * 9L / 10 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** How many clients' buckets are kept. */
    int size() {
        return buckets.size();
    }

    /** A client's key: its IPv4 address, or the /64 of its IPv6 address; the text as given when it is no address. */
    static String key(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            if (bytes.length == 16) {
                return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        void refill(long now, double perMilli, int burst) {
            // a clock set back refills nothing (and never drains)
            long elapsed = Math.max(0, now - updatedAt);
            tokens = Math.min(burst, tokens + elapsed * perMilli);
            updatedAt = now;
        }
    }
}
