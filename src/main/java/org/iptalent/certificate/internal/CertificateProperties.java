package org.iptalent.certificate.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The certificate module's settings, {@code iptalent.certificate.*}.
 *
 * @param verification how often one client may look certificates up
 * @param upload       what a talent may upload
 */
@ConfigurationProperties("iptalent.certificate")
public record CertificateProperties(@DefaultValue Verification verification, @DefaultValue Upload upload) {

    /**
     * A token bucket per client address: {@code perMinute} look-ups refill it, it holds at most {@code burst}, and a
     * code that does not exist costs {@code missCost} (a client walking the code space finds nothing and slows down
     * fastest). At most {@code maxClients} buckets are kept; idle full ones are dropped first.
     */
    public record Verification(@DefaultValue("30") int perMinute, @DefaultValue("10") int burst,
            @DefaultValue("3") int missCost, @DefaultValue("100000") int maxClients) {

        public Verification {
            if (perMinute < 1 || burst < 1 || missCost < 1 || maxClients < 1) {
                throw new IllegalArgumentException("iptalent.certificate.verification.* must be positive");
            }
        }
    }

    /** @param maxFileSize the largest certificate file a talent uploads (PDF, JPEG or PNG) */
    public record Upload(@DefaultValue("5MB") DataSize maxFileSize) {
    }
}
