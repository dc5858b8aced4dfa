package org.iptalent.planning.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.iptalent.planning.task.report.AttachmentKind;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A reported value's evidence in {@code planning_file}: required, at most {@value #MAX_MEGABYTES} MB, a PDF, Word
 * or Excel document or an image as its bytes say ({@link AttachmentKind}), never as its name says; kept with its
 * SHA-256 so what was approved can be shown to be what was sent.
 */
@Component
class EvidenceFiles {

    static final int MAX_MEGABYTES = 10;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    private static final int MAX_NAME = 200;

    /** An upload read and recognised, not stored yet. */
    record Evidence(String name, AttachmentKind kind, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    EvidenceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the upload: its declared size refused before reading, its bytes recognised after. */
    Evidence read(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new BusinessRuleException("evidence", "planning.reported.evidenceRequired");
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new BusinessRuleException("evidence", "planning.reported.evidenceTooLarge", MAX_MEGABYTES);
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("evidence", "planning.reported.evidenceTooLarge", MAX_MEGABYTES);
        }
        AttachmentKind kind = AttachmentKind.of(content)
                .orElseThrow(() -> new BusinessRuleException("evidence", "planning.reported.evidenceKind"));
        return new Evidence(name(upload.getOriginalFilename(), kind), kind, content);
    }

    long store(Evidence evidence, long userId, Instant now) {
        return jdbc.queryForObject("""
                insert into planning_file (file_name, content_type, file_size, sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, evidence.name(), evidence.kind().mediaType(),
                evidence.content().length, digest(evidence.content()), evidence.content(), userId, Timestamp.from(now));
    }

    /** The evidence file of a reported value. */
    Optional<EvidenceFile> of(long reportedValueId) {
        return jdbc.query("""
                select f.file_name, f.content_type, f.content from reported_value v
                join planning_file f on f.id = v.evidence_id where v.id = ?""",
                (rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), reportedValueId)
                .stream().findFirst();
    }

    /** The evidence's name and size for lists, without its bytes. */
    record EvidenceInfo(String name, String mediaType, int size, String sha256) {
    }

    Optional<EvidenceInfo> info(long fileId) {
        return jdbc.query("select file_name, content_type, file_size, sha256 from planning_file where id = ?",
                (rs, n) -> new EvidenceInfo(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)), fileId)
                .stream().findFirst();
    }

    /**
     * The name to keep: the client's last path segment without control or format characters (which can disguise an
     * extension), ending in what the bytes are ("scan.html" holding a PDF becomes "scan.html.pdf").
     */
    static String name(String original, AttachmentKind kind) {
        String base = original == null ? "" : original;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (base.isEmpty() || base.matches("\\.+")) {
            base = "evidence";
        }
        String suffix = "." + kind.extension();
        boolean alreadyNamed = base.toLowerCase(Locale.ROOT).endsWith(suffix)
                || kind == AttachmentKind.JPEG && base.toLowerCase(Locale.ROOT).endsWith(".jpeg");
        String full = alreadyNamed ? base : base + suffix;
        return full.length() <= MAX_NAME ? full : full.substring(full.length() - MAX_NAME);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
