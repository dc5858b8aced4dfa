package org.iptalent.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.certificate.CertificateIssue;
import org.iptalent.certificate.CertificatePdf;
import org.iptalent.certificate.CertificateView;
import org.iptalent.certificate.Certificates;
import org.iptalent.certificate.IssuedCertificate;
import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.web.PublicLinks;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing certificates for other modules, a talent's certificates, and a certificate's PDF. An issue is idempotent:
 * a transaction-scoped advisory lock on its (type, source, talent) makes two issues of the same certificate at once
 * wait for each other, so the second finds the first's instead of failing on the unique index and taking the
 * caller's transaction down with it.
 */
@Service
public class CertificateIssuing implements Certificates {

    static final String ENTITY = "Certificate";
    private static final Pattern SOURCE_KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final CertificateTypes types;
    private final IssuedCertificates certificates;
    private final ExternalCertificateRecords externals;
    private final SerialNumbers serials;
    private final FieldCipher cipher;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final PublicLinks links;
    private final TalentAccounts accounts;
    private final CertificateDocuments documents;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    CertificateIssuing(CertificateTypes types, IssuedCertificates certificates, ExternalCertificateRecords externals,
            SerialNumbers serials, FieldCipher cipher, ReferenceData reference, AuditLog audit, PublicLinks links,
            TalentAccounts accounts, CertificateDocuments documents, MessageSource messages, Clock clock,
            DataSource dataSource) {
        this.types = types;
        this.certificates = certificates;
        this.externals = externals;
        this.serials = serials;
        this.cipher = cipher;
        this.reference = reference;
        this.audit = audit;
        this.links = links;
        this.accounts = accounts;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedCertificate issue(CertificateIssue in) {
        check(in);
        CertificateType type = types.findByCode(in.typeCode().strip()).orElseThrow(() -> new BusinessRuleException(
                "typeCode", "certificate.type.unknown", in.typeCode().strip()));
        String sourceKind = in.sourceKind().strip();
        jdbc.queryForList("select pg_advisory_xact_lock(?)", Object.class, lockKey(type.getId(), sourceKind,
                in.sourceId(), in.talentId()));
        var existing = certificates.findByTypeAndSourceKindAndSourceIdAndTalentId(type, sourceKind, in.sourceId(),
                in.talentId());
        if (existing.isPresent()) {
            return issued(existing.get());
        }
        String region = in.regionCode().strip();
        Certificate certificate = new Certificate(type, in.talentId(), cipher.encrypt(in.holderName().strip()),
                in.achievement().strip(), in.issuerName().strip(), in.issuedOn(), region, sourceKind, in.sourceId(),
                serials.next(type, in.issuedOn().getYear(), region), VerificationCodes.next());
        certificates.saveAndFlush(certificate);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, certificate.getId()).region(region)
                .message("certificate.audit.issued", certificate.getSerial(), type.getCode(), sourceKind,
                        String.valueOf(in.sourceId()), String.valueOf(in.talentId())));
        return issued(certificate);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public int issueAll(java.util.Collection<CertificateIssue> issues) {
        issues.forEach(this::check);
        int issued = 0;
        var groups = issues.stream().collect(java.util.stream.Collectors.groupingBy(
                in -> in.typeCode().strip() + '|' + in.sourceKind().strip() + '|' + in.issuedOn().getYear(),
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        for (List<CertificateIssue> group : groups.values()) {
            issued += issueGroup(group);
        }
        return issued;
    }

    /** Issues of one type, source kind and year: their locks, the ones issued before, serials, rows, one entry. */
    private int issueGroup(List<CertificateIssue> group) {
        CertificateIssue first = group.get(0);
        CertificateType type = types.findByCode(first.typeCode().strip()).orElseThrow(() -> new BusinessRuleException(
                "typeCode", "certificate.type.unknown", first.typeCode().strip()));
        String sourceKind = first.sourceKind().strip();
        // the same locks as one issue takes, all in one statement, so a single issue and a batch never race
        Long[] keys = group.stream().map(in -> lockKey(type.getId(), sourceKind, in.sourceId(), in.talentId()))
                .sorted().toArray(Long[]::new);
        jdbc.query(con -> {
            var ps = con.prepareStatement("select pg_advisory_xact_lock(k) from unnest(?::bigint[]) k");
            ps.setArray(1, con.createArrayOf("bigint", keys));
            return ps;
        }, rs -> {
        });
        java.util.Set<String> before = new java.util.HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select source_id, talent_id from certificate
                    where type_id = ? and source_kind = ? and source_id = any(?)""");
            ps.setLong(1, type.getId());
            ps.setString(2, sourceKind);
            ps.setArray(3, con.createArrayOf("bigint", group.stream().map(CertificateIssue::sourceId).toArray()));
            return ps;
        }, rs -> {
            before.add(rs.getLong(1) + ":" + rs.getLong(2));
        });
        // issued before, or twice in this batch: issued once
        List<CertificateIssue> fresh = group.stream()
                .filter(in -> before.add(in.sourceId() + ":" + in.talentId())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        int year = first.issuedOn().getYear();
        long sequence = serials.reserve(type, year, fresh.size());
        List<Certificate> rows = new ArrayList<>(fresh.size());
        for (CertificateIssue in : fresh) {
            String region = in.regionCode().strip();
            rows.add(new Certificate(type, in.talentId(), cipher.encrypt(in.holderName().strip()),
                    in.achievement().strip(), in.issuerName().strip(), in.issuedOn(), region, sourceKind,
                    in.sourceId(), serials.render(type, year, region, sequence++), VerificationCodes.next()));
        }
        certificates.saveAll(rows);
        certificates.flush();
        String region = fresh.stream().map(in -> in.regionCode().strip()).distinct().count() == 1
                ? fresh.get(0).regionCode().strip() : null;
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, rows.get(0).getId()).region(region)
                .message("certificate.audit.issuedMany", rows.size(), type.getCode(), sourceKind,
                        rows.get(0).getSerial(), rows.get(rows.size() - 1).getSerial()));
        return rows.size();
    }

    /** Renews {@code old} (checked by the caller): a new certificate of the same type, issued today. */
    @Transactional(propagation = Propagation.MANDATORY)
    Certificate renewal(Certificate old) {
        LocalDate today = LocalDate.now(clock);
        Certificate renewal = new Certificate(old.getType(), old.getTalentId(), old.getHolderNameCipher(),
                old.getAchievement(), old.getIssuerName(), today, old.getRegionCode(), RENEWAL, old.getId(),
                serials.next(old.getType(), today.getYear(), old.getRegionCode()), VerificationCodes.next());
        certificates.saveAndFlush(renewal);
        old.supersede(renewal);
        certificates.saveAndFlush(old);
        return renewal;
    }

    /** The source of a renewal: the certificate it renews. */
    static final String RENEWAL = "RENEWAL";

    @Override
    @Transactional(readOnly = true)
    public List<CertificateView> ofTalent(long talentId) {
        Reader reader = Reader.current(accounts);
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        List<CertificateView> views = new ArrayList<>();
        for (Certificate c : certificates.findByTalentIdOrderByIssuedOnDescIdDesc(talentId)) {
            if (reader.maySee(c.getTalentId(), c.getRegionCode())) {
                views.add(new CertificateView(c.getId(), false, c.getType().getCode(), c.getType().name(locale),
                        c.getAchievement(), c.getIssuerName(), c.getIssuedOn(), c.getExpiresOn(), c.status(today),
                        c.getSerial(), c.getCode()));
            }
        }
        for (ExternalCertificate e : externals.findByTalentIdAndReviewOrderByIssuedOnDesc(talentId,
                ExternalCertificate.Review.VERIFIED)) {
            if (reader.maySee(e.getTalentId(), e.getRegionCode())) {
                views.add(new CertificateView(e.getId(), true, null, e.getTitle(), null, e.getIssuer(),
                        e.getIssuedOn(), e.getExpiresOn(), e.status(today), null, null));
            }
        }
        views.sort(Comparator.comparing(CertificateView::issuedOn).reversed());
        return views;
    }

    @Override
    @Transactional
    public CertificatePdf pdf(long certificateId, Locale locale) {
        Reader reader = Reader.current(accounts);
        Certificate c = certificates.findById(certificateId)
                .filter(found -> reader.maySee(found.getTalentId(), found.getRegionCode()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, certificateId));
        if (c.getState() != Certificate.State.ISSUED) {
            throw new BusinessRuleException("certificate.pdf.notIssued");
        }
        byte[] content = documents.render(new CertificateDocuments.Printed(c.getType().name(locale),
                cipher.decrypt(c.getHolderNameCipher()), c.getAchievement(), c.getIssuerName(), c.getIssuedOn(),
                c.getExpiresOn(), c.getSerial(), verificationLink(c.getCode())), locale);
        audit.record(AuditEvent.of(AuditAction.EXPORT, ENTITY, c.getId()).region(c.getRegionCode())
                .message("certificate.audit.downloaded", c.getSerial()));
        return new CertificatePdf(messages.getMessage("certificate.pdf.fileName", new Object[] {c.getSerial()},
                locale), content);
    }

    String verificationLink(String code) {
        return links.absolute("/verify/" + code);
    }

    private IssuedCertificate issued(Certificate c) {
        return new IssuedCertificate(c.getId(), c.getSerial(), c.getCode(), verificationLink(c.getCode()),
                c.getIssuedOn(), c.getExpiresOn());
    }

    private void check(CertificateIssue in) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "typeCode", in.typeCode(), 32);
        required(problems, "holderName", in.holderName(), 50);
        required(problems, "achievement", in.achievement(), 500);
        required(problems, "issuerName", in.issuerName(), 200);
        if (in.issuedOn() == null) {
            problems.add(new Problem("issuedOn", "field.required"));
        }
        if (in.regionCode() == null || in.regionCode().isBlank()) {
            problems.add(new Problem("regionCode", "field.required"));
        } else {
            reference.checkRegion("regionCode", in.regionCode()).ifPresent(problems::add);
        }
        if (in.sourceKind() == null || !SOURCE_KIND.matcher(in.sourceKind().strip()).matches()) {
            problems.add(new Problem("sourceKind", "certificate.issue.sourceKind"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "field.required"));
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }

    /** One 64-bit key per certificate to issue; two keys that collide only make two issues wait for each other. */
    private static long lockKey(long typeId, String sourceKind, long sourceId, long talentId) {
        long hash = 1125899906842597L;
        for (char c : ("certificate:" + typeId + ':' + sourceKind + ':' + sourceId + ':' + talentId).toCharArray()) {
            hash = 31 * hash + c;
        }
        return hash;
    }
}
