package org.iptalent.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.iptalent.certificate.CertificateStatus;
import org.iptalent.platform.FieldCipher;
import org.iptalent.shared.Masks;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The public verification of a certificate by its code, for the page the QR code leads to and for the API: one
 * indexed look-up (no search index, no entity), limited per client by {@link VerificationLimiter}. A code that is
 * malformed is answered exactly like one that does not exist, and costs the same, so the answer is no oracle.
 */
@Service
public class PublicVerification {

    /** Too many look-ups from one client: try again after {@code retryAfterSeconds}. */
    public static class TooManyLookups extends RuntimeException {

        private final long retryAfterSeconds;

        TooManyLookups(long retryAfterSeconds) {
            super("too many certificate look-ups");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final String LOOKUP = """
            select c.state, c.holder_name_cipher, c.achievement, c.issuer_name, c.serial, c.issued_on, c.expires_on,
                   c.revoked_on, t.name_zh, t.name_en
            from certificate c join certificate_type t on t.id = c.type_id
            where c.code = ?""";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final VerificationLimiter limiter;
    private final Clock clock;

    PublicVerification(DataSource dataSource, FieldCipher cipher, VerificationLimiter limiter, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cipher = cipher;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * The certificate with {@code code} as the public sees it.
     *
     * @param client the client's address, whose look-ups are limited
     * @throws TooManyLookups          when the client looked up too many codes too fast
     * @throws RecordNotFoundException when no certificate has this code (or it cannot be one)
     */
    public Verification verify(String code, String client, Locale locale) {
        VerificationLimiter.Admission admission = limiter.admit(client);
        if (!admission.admitted()) {
            throw new TooManyLookups(admission.retryAfterSeconds());
        }
        Optional<Verification> found = find(VerificationCodes.normalise(code), locale);
        if (found.isEmpty()) {
            limiter.missed(client);
            throw new RecordNotFoundException(CertificateIssuing.ENTITY, "code");
        }
        return found.get();
    }

    private Optional<Verification> find(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean english = "en".equals(locale.getLanguage());
        List<Verification> rows = jdbc.query(LOOKUP, (rs, n) -> {
            LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
            CertificateStatus status = Certificate.status(Certificate.State.valueOf(rs.getString("state")), expiresOn,
                    today);
            return new Verification(status, Masks.name(cipher.decrypt(rs.getString("holder_name_cipher"))),
                    rs.getString("achievement"), rs.getString(english ? "name_en" : "name_zh"),
                    rs.getString("issuer_name"), rs.getString("serial"), rs.getObject("issued_on", LocalDate.class),
                    expiresOn, rs.getObject("revoked_on", LocalDate.class));
        }, code);
        return rows.stream().findFirst();
    }
}
