package org.iptalent.planning.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.iptalent.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The module's uploads in {@code planning_file} (a progress report's attachments, a reported value's evidence): at
 * most {@value #MAX_MEGABYTES} MB, refused by its declared size before it is read whole; a PDF, Word or Excel document
 * or an image as its bytes say ({@link AttachmentKind}), never as its name says; kept under a cleaned name ending in
 * what it is, with its SHA-256 so what was accepted can be shown to be what was sent.
 */
@Component
public class PlanningFiles {

    public static final int MAX_MEGABYTES = 10;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    /** The field a refusal marks and its message keys: missing, too large ({0}: the MB allowed), not a kind. */
    public record Refusals(String field, String required, String tooLarge, String kind) {
    }

    /** An upload read and recognised, not stored yet. */
    public record Checked(String name, AttachmentKind kind, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    PlanningFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and recognises an upload; {@code fallbackName} names one whose name is nothing once cleaned. */
    public Checked check(MultipartFile upload, Refusals refusals, String fallbackName) {
        if (upload == null || upload.isEmpty()) {
            throw new BusinessRuleException(refusals.field(), refusals.required());
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new BusinessRuleException(refusals.field(), refusals.tooLarge(), MAX_MEGABYTES);
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException(refusals.field(), refusals.tooLarge(), MAX_MEGABYTES);
        }
        if (content.length == 0) {
            throw new BusinessRuleException(refusals.field(), refusals.required());
        }
        AttachmentKind kind = AttachmentKind.of(content)
                .orElseThrow(() -> new BusinessRuleException(refusals.field(), refusals.kind()));
        return new Checked(kind.fileName(upload.getOriginalFilename(), fallbackName), kind, content);
    }

    /** Stores a checked upload (in the caller's transaction), its id for the record that holds it. */
    public long store(Checked file, long userId, Instant now) {
        return jdbc.queryForObject("""
                insert into planning_file (file_name, content_type, file_size, sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, file.name(), file.kind().mediaType(),
                file.content().length, sha256(file.content()), file.content(), userId, Timestamp.from(now));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
