package org.iptalent.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.FieldCipher;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.Masks;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certificates earned elsewhere: a talent uploads theirs, an administrator one for a talent of their region; an
 * administrator of the talent's region verifies or rejects it. A file is a PDF, JPEG or PNG by its first bytes and
 * no larger than {@code iptalent.certificate.upload.max-file-size}; an upload that breaks a rule says every problem
 * and stores nothing, and one that passes stores the record, its file and its audit entry in one transaction.
 */
@Service
public class ExternalCertificates {

    static final String ENTITY = "ExternalCertificate";
    private static final int MAX_FILE_NAME = 200;

    private final ExternalCertificateRecords records;
    private final TalentAccounts accounts;
    private final TalentRegistry registry;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final CertificateProperties properties;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    ExternalCertificates(ExternalCertificateRecords records, TalentAccounts accounts, TalentRegistry registry,
            FieldCipher cipher, AuditLog audit, CertificateProperties properties, Clock clock, DataSource dataSource) {
        this.records = records;
        this.accounts = accounts;
        this.registry = registry;
        this.cipher = cipher;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A file a person downloads: its name, media type and bytes. */
    public record StoredFile(String name, String mediaType, byte[] content) {
    }

    /**
     * Uploads a certificate: the signed-in talent's own when {@code input.talentId()} is null, else an
     * administrator's for a talent of their region.
     */
    @Transactional
    public UploadedCertificate upload(ExternalCertificateInput input, MultipartFile file) {
        Reader reader = Reader.current(accounts);
        Holder holder = holder(reader, input.talentId());
        List<Problem> problems = check(input);
        CertificateFile content = read(file, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ExternalCertificate certificate = records.saveAndFlush(new ExternalCertificate(holder.talentId(),
                cipher.encrypt(holder.name()), holder.regionCode(), input, content, reader.user().id()));
        jdbc.update("insert into external_certificate_file (certificate_id, content) values (?, ?)",
                certificate.getId(), content.content());
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, certificate.getId()).region(holder.regionCode())
                .message("certificate.audit.uploaded", certificate.getTitle(), certificate.getFileName(),
                        certificate.getFileSize(), String.valueOf(holder.talentId())));
        return view(certificate);
    }

    /** The signed-in talent's uploads, newest first, whatever their review; none for an account with no record. */
    @Transactional(readOnly = true)
    public List<UploadedCertificate> mine() {
        return Reader.current(accounts).talentId()
                .map(id -> records.findByTalentIdOrderByCreatedAtDesc(id).stream().map(this::view).toList())
                .orElse(List.of());
    }

    /** Uploads of the administrator's region in one review state, oldest first (the queue's order). */
    @Transactional(readOnly = true)
    public Page<UploadedCertificate> inReview(ExternalCertificate.Review review, Pageable pageable) {
        RegionScope scope = RegionScope.current();
        if (scope.isNothing()) {
            return Page.empty(pageable);
        }
        Specification<ExternalCertificate> spec = scope.specification("regionCode");
        spec = spec.and((root, query, cb) -> cb.equal(root.get("review"), review));
        return records.findAll(spec, pageable).map(this::view);
    }

    /** How many uploads of the administrator's region await review. */
    @Transactional(readOnly = true)
    public long pending() {
        RegionScope scope = RegionScope.current();
        if (scope.isNothing()) {
            return 0;
        }
        return records.count(scope.<ExternalCertificate>specification("regionCode")
                .and((root, query, cb) -> cb.equal(root.get("review"), ExternalCertificate.Review.PENDING)));
    }

    @Transactional(readOnly = true)
    public UploadedCertificate get(long id) {
        return view(visible(id));
    }

    @Transactional
    public UploadedCertificate verify(long id, long expectedVersion) {
        ExternalCertificate certificate = reviewable(id, expectedVersion);
        certificate.verify(CurrentUser.require().id(), clock.instant());
        records.saveAndFlush(certificate);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(certificate.getRegionCode())
                .message("certificate.audit.uploadVerified", certificate.getTitle()));
        return view(certificate);
    }

    @Transactional
    public UploadedCertificate reject(long id, long expectedVersion, String reason) {
        ExternalCertificate certificate = reviewable(id, expectedVersion);
        String why = Reasons.required("reason", reason);
        certificate.reject(why, CurrentUser.require().id(), clock.instant());
        records.saveAndFlush(certificate);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(certificate.getRegionCode())
                .message("certificate.audit.uploadRejected", certificate.getTitle(), why));
        return view(certificate);
    }

    /** The uploaded file, for its holder or an administrator of its region; the download is audited. */
    @Transactional
    public StoredFile file(long id) {
        Reader reader = Reader.current(accounts);
        ExternalCertificate certificate = records.findById(id)
                .filter(c -> reader.maySee(c.getTalentId(), c.getRegionCode()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        byte[] content = jdbc.queryForObject("select content from external_certificate_file where certificate_id = ?",
                byte[].class, id);
        audit.record(AuditEvent.of(AuditAction.EXPORT, ENTITY, id).region(certificate.getRegionCode())
                .message("certificate.audit.fileDownloaded", certificate.getFileName()));
        return new StoredFile(certificate.getFileName(), certificate.getMediaType(), content);
    }

    private ExternalCertificate reviewable(long id, long expectedVersion) {
        ExternalCertificate certificate = visible(id);
        if (certificate.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ExternalCertificate.class, id);
        }
        return certificate;
    }

    /** An upload of the administrator's region; any other is not found. */
    private ExternalCertificate visible(long id) {
        return RegionScope.current().check(records.findById(id).orElse(null), ENTITY, id);
    }

    private record Holder(long talentId, String name, String regionCode) {
    }

    private Holder holder(Reader reader, Long talentId) {
        if (talentId == null) {
            long own = reader.talentId().orElseThrow(() -> new AccessDeniedException("certificate.upload.noTalent"));
            TalentCard card = registry.cards(List.of(own)).get(own);
            if (card == null) {
                throw new RecordNotFoundException("Talent", own);
            }
            return new Holder(own, card.name(), card.regionCode());
        }
        if (reader.scope().isNothing()) {
            throw new AccessDeniedException("problem.forbidden");
        }
        return registry.find(talentId).map(t -> new Holder(t.id(), t.name(), t.regionCode()))
                .orElseThrow(() -> new RecordNotFoundException("Talent", talentId));
    }

    private List<Problem> check(ExternalCertificateInput in) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", in.title());
        text(problems, "issuer", in.issuer());
        LocalDate today = LocalDate.now(clock);
        if (in.issuedOn() == null) {
            problems.add(new Problem("issuedOn", "field.required"));
        } else if (in.issuedOn().isAfter(today)) {
            problems.add(new Problem("issuedOn", "certificate.upload.issuedInFuture"));
        } else if (in.expiresOn() != null && in.expiresOn().isBefore(in.issuedOn())) {
            problems.add(new Problem("expiresOn", "certificate.upload.expiresBeforeIssued"));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "field.required"));
        } else if (value.strip().length() > 200) {
            problems.add(new Problem(field, "field.tooLong", List.of(200)));
        }
    }

    /** The file, refused by its size before it is read and by its first bytes after; null when refused. */
    private CertificateFile read(MultipartFile file, List<Problem> problems) {
        long max = properties.upload().maxFileSize().toBytes();
        if (file == null || file.isEmpty()) {
            problems.add(new Problem("file", "certificate.upload.file.required"));
            return null;
        }
        if (file.getSize() > max) {
            problems.add(new Problem("file", "certificate.upload.file.tooLarge",
                    List.of(properties.upload().maxFileSize().toMegabytes(), file.getSize() / 1024)));
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) max + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > max) {
            problems.add(new Problem("file", "certificate.upload.file.tooLarge",
                    List.of(properties.upload().maxFileSize().toMegabytes(), content.length / 1024)));
            return null;
        }
        var kind = CertificateFile.Kind.of(java.util.Arrays.copyOf(content, Math.min(content.length, 8)));
        if (kind.isEmpty()) {
            problems.add(new Problem("file", "certificate.upload.file.kind"));
            return null;
        }
        return new CertificateFile(fileName(file.getOriginalFilename(), kind.get()), content, kind.get());
    }

    /**
     * The client's file name without a path, control or format characters (a right-to-left override, U+202E,
     * disguises a name's real extension), never blank, within the column, and ending in the extension of what the
     * bytes are: a PDF named "evil.html" is downloaded as "evil.html.pdf", so that nobody who opens a download opens
     * it as a page.
     */
    static String fileName(String original, CertificateFile.Kind kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "certificate";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean named = lower.endsWith("." + kind.extension())
                || kind == CertificateFile.Kind.JPEG && lower.endsWith(".jpeg");
        String extension = named ? "" : "." + kind.extension();
        if (name.length() + extension.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() + extension.length() - MAX_FILE_NAME);
        }
        return name + extension;
    }

    UploadedCertificate view(ExternalCertificate c) {
        return new UploadedCertificate(c.getId(), c.getVersion(), c.getTalentId(),
                Masks.name(cipher.decrypt(c.getHolderNameCipher())), c.getRegionCode(), c.getTitle(), c.getIssuer(),
                c.getIssuedOn(), c.getExpiresOn(), c.getFileName(), c.getMediaType(), c.getFileSize(), c.getReview(),
                c.getRejectionReason(), c.getCreatedAt());
    }
}
