package org.iptalent.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.certificate.CertificateStatus;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.platform.FieldCipher;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.Masks;
import org.iptalent.shared.RegionScope;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' work on certificates issued in their region: the list, one certificate, its revocation with a
 * reason, and the renewal of one whose type expires. A certificate of another region is not found.
 */
@Service
public class CertificateAdministration {

    /** The years the list filters by; outside them a year is refused (as text, never a failed date). */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2999;

    private final IssuedCertificates certificates;
    private final CertificateIssuing issuing;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    CertificateAdministration(IssuedCertificates certificates, CertificateIssuing issuing, FieldCipher cipher,
            AuditLog audit, TalentAccounts accounts, Notifications notifications, Clock clock) {
        this.certificates = certificates;
        this.issuing = issuing;
        this.cipher = cipher;
        this.audit = audit;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CertificateSummary> find(CertificateCriteria criteria, Pageable pageable) {
        RegionScope scope = RegionScope.current();
        if (scope.isNothing()) {
            return Page.empty(pageable);
        }
        if (criteria.year() != null && (criteria.year() < FIRST_YEAR || criteria.year() > LAST_YEAR)) {
            throw new BusinessRuleException("year", "certificate.filter.year", FIRST_YEAR, LAST_YEAR);
        }
        LocalDate today = LocalDate.now(clock);
        Locale locale = LocaleContextHolder.getLocale();
        return certificates.findAll(specification(scope, criteria, today), pageable)
                .map(c -> new CertificateSummary(c.getId(), c.getCode(), c.getSerial(), c.getType().getCode(),
                        c.getType().name(locale), c.status(today), holder(c), c.getIssuedOn(), c.getExpiresOn(),
                        c.getRegionCode()));
    }

    @Transactional(readOnly = true)
    public CertificateDetail get(long id) {
        return detail(visible(id));
    }

    /**
     * Revokes a certificate for a reason, which the audit log keeps and verification never shows. Its holder's account,
     * if the talent has one, is told (and e-mailed) that it was revoked and when, never why: the notice names the
     * certificate by its serial number and what it was earned for, and leads to the holder's own certificates.
     */
    @Transactional
    public CertificateDetail revoke(long id, Long expectedVersion, String reason) {
        Certificate certificate = current(id, expectedVersion);
        String why = Reasons.required("reason", reason);
        certificate.revoke(why, LocalDate.now(clock));
        certificates.saveAndFlush(certificate);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CertificateIssuing.ENTITY, id)
                .region(certificate.getRegionCode())
                .message("certificate.audit.revoked", certificate.getSerial(), why));
        accounts.accountOf(certificate.getTalentId()).ifPresent(account -> notifications.send(
                Notice.of(account, RenewalReminders.TOPIC, "certificate.notice.revoked", certificate.getSerial(),
                        certificate.getAchievement(), certificate.getRevokedOn())
                        .linkedTo("/my/certificates").byEmail()));
        return detail(certificate);
    }

    /**
     * Renews a certificate of a type that expires: a new certificate (new serial, new code, valid from today for the
     * type's years) replaces it, and it is marked superseded.
     */
    @Transactional
    public CertificateDetail renew(long id, Long expectedVersion) {
        Certificate old = current(id, expectedVersion);
        if (!old.renewable()) {
            throw new BusinessRuleException("certificate.renew.notAllowed");
        }
        Certificate renewal = issuing.renewal(old);
        audit.record(AuditEvent.of(AuditAction.CREATE, CertificateIssuing.ENTITY, renewal.getId())
                .region(renewal.getRegionCode())
                .message("certificate.audit.renewal", renewal.getSerial(), old.getSerial()));
        audit.record(AuditEvent.of(AuditAction.UPDATE, CertificateIssuing.ENTITY, old.getId())
                .region(old.getRegionCode())
                .message("certificate.audit.renewed", old.getSerial(), renewal.getSerial()));
        return detail(renewal);
    }

    private Certificate current(long id, Long expectedVersion) {
        Certificate certificate = visible(id);
        if (expectedVersion != null && certificate.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Certificate.class, id);
        }
        return certificate;
    }

    private Certificate visible(long id) {
        RegionScope scope = RegionScope.current();
        return scope.check(scope.isNothing() ? null : certificates.findById(id).orElse(null),
                CertificateIssuing.ENTITY, id);
    }

    private String holder(Certificate c) {
        return Masks.name(cipher.decrypt(c.getHolderNameCipher()));
    }

    private CertificateDetail detail(Certificate c) {
        LocalDate today = LocalDate.now(clock);
        CertificateStatus status = c.status(today);
        return new CertificateDetail(c.getId(), c.getVersion(), c.getCode(), c.getSerial(), c.getType().getCode(),
                c.getType().name(LocaleContextHolder.getLocale()), status, holder(c), c.getTalentId(),
                c.getAchievement(), c.getIssuerName(), c.getIssuedOn(), c.getExpiresOn(), c.getRegionCode(),
                c.getSourceKind(), c.getSourceId(), c.getRevokedOn(), c.getRevocationReason(), c.getRenewedById(),
                c.getState() == Certificate.State.ISSUED, c.renewable());
    }

    private static Specification<Certificate> specification(RegionScope scope, CertificateCriteria criteria,
            LocalDate today) {
        Specification<Certificate> spec = scope.specification("regionCode");
        if (criteria.q() != null && !criteria.q().isBlank()) {
            String q = criteria.q().strip();
            String code = VerificationCodes.normalise(q);
            String like = "%" + q.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> code != null ? cb.equal(root.get("code"), code)
                    : cb.like(cb.upper(root.get("serial")), like, '\\'));
        }
        if (criteria.type() != null && !criteria.type().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type").get("code"), criteria.type().strip()));
        }
        if (criteria.year() != null) {
            LocalDate from = LocalDate.of(criteria.year(), 1, 1);
            spec = spec.and((root, query, cb) -> cb.between(root.get("issuedOn"), from, from.plusYears(1).minusDays(1)));
        }
        if (criteria.status() != null) {
            spec = spec.and(status(criteria.status(), today));
        }
        return spec;
    }

    private static Specification<Certificate> status(CertificateStatus status, LocalDate today) {
        return (root, query, cb) -> switch (status) {
            case REVOKED -> cb.equal(root.get("state"), Certificate.State.REVOKED);
            case SUPERSEDED -> cb.equal(root.get("state"), Certificate.State.SUPERSEDED);
            case VALID -> cb.and(cb.equal(root.get("state"), Certificate.State.ISSUED),
                    cb.or(cb.isNull(root.get("expiresOn")), cb.greaterThanOrEqualTo(root.get("expiresOn"), today)));
            case EXPIRED -> cb.and(cb.equal(root.get("state"), Certificate.State.ISSUED),
                    cb.lessThan(root.get("expiresOn"), today));
        };
    }
}
