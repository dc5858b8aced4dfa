package org.iptalent.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iptalent.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every module's uploads in {@code uploaded_file} (a progress report's attachments, a reported value's evidence, an
 * expert application's evidence, a think tank's report), each module linking its records to the ids: at most {@value #MAX_MEGABYTES} MB, refused by its declared size before it is read whole; a PDF, Word or Excel document
 * or an image as its bytes say ({@link AttachmentKind}), never as its name says; kept under a cleaned name ending in
 * what it is, with its SHA-256 so what was accepted can be shown to be what was sent.
 */
@Component
public class UploadedFiles {

    public static final int MAX_MEGABYTES = 10;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    /** The field a refusal marks and its message keys: missing, too large ({0}: the MB allowed), not a kind. */
    public record Refusals(String field, String required, String tooLarge, String kind) {
    }

    /** An upload read and recognised, not stored yet. */
    public record Checked(String name, AttachmentKind kind, byte[] content) {
    }

    /** A stored file as lists show it, without its bytes. */
    public record FileInfo(long id, String name, String mediaType, int size, String sha256, Instant uploadedAt) {
    }

    /** A stored file to download: its name, media type and bytes. */
    public record StoredFile(String name, String mediaType, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    UploadedFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and recognises an upload; {@code fallbackName} names one whose name is nothing once cleaned. */
    public Checked check(MultipartFile upload, Refusals refusals, String fallbackName) {
        return check(upload, refusals, fallbackName, EnumSet.allOf(AttachmentKind.class));
    }

    /** As {@link #check(MultipartFile, Refusals, String)}, accepting only the given kinds (a report: PDF or Word). */
    public Checked check(MultipartFile upload, Refusals refusals, String fallbackName, Set<AttachmentKind> accepted) {
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
        AttachmentKind kind = AttachmentKind.of(content).filter(accepted::contains)
                .orElseThrow(() -> new BusinessRuleException(refusals.field(), refusals.kind()));
        return new Checked(kind.fileName(upload.getOriginalFilename(), fallbackName), kind, content);
    }

    /** Stores a checked upload (in the caller's transaction), its id for the record that holds it. */
    public long store(Checked file, long userId, Instant now) {
        return jdbc.queryForObject("""
                insert into uploaded_file (file_name, content_type, file_size, sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, file.name(), file.kind().mediaType(),
                file.content().length, sha256(file.content()), file.content(), userId, Timestamp.from(now));
    }

    /** A stored file's name, type, size and hash, without reading its bytes. */
    public Optional<FileInfo> describe(long id) {
        return jdbc.query("select id, file_name, content_type, file_size, sha256, uploaded_at from uploaded_file "
                + "where id = ?", (rs, n) -> new FileInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getTimestamp(6).toInstant()), id).stream().findFirst();
    }

    /** Several stored files described at once, in the order of their ids. */
    public List<FileInfo> describe(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, file_name, content_type, file_size, sha256, uploaded_at from uploaded_file "
                + "where id = any(?) order by id", (rs, n) -> new FileInfo(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()),
                (Object) ids.toArray(Long[]::new));
    }

    /**
     * A stored file's bytes. The caller has checked that the reader may see the record that holds it: a file id
     * alone authorises nothing.
     */
    public Optional<StoredFile> content(long id) {
        return jdbc.query("select file_name, content_type, content from uploaded_file where id = ?",
                (rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), id).stream().findFirst();
    }

    /** Deletes a stored file once the record that held it has let it go (in the caller's transaction). */
    public void delete(long id) {
        jdbc.update("delete from uploaded_file where id = ?", id);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
