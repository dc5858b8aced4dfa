package org.iptalent.planning.task.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.iptalent.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A report's attachments in {@code planning_file}: at most {@value #MAX_MEGABYTES} MB each, a PDF, Word or Excel
 * document or an image by its bytes ({@link AttachmentKind}), stored under a name that ends in what it is.
 */
@Component
public class ReportFiles {

    public static final int MAX_MEGABYTES = 10;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    /** An attachment as a report lists it. */
    public record FileInfo(long id, String name, String mediaType, int size, Instant uploadedAt) {
    }

    /** A file to download: its name, media type and bytes. */
    public record StoredFile(String name, String mediaType, byte[] content) {
    }

    /** A file read and checked, not stored yet. */
    record Checked(String name, AttachmentKind kind, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    ReportFiles(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The upload, refused by its size before it is read whole and by its first bytes after. */
    Checked check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("file", "planning.task.report.fileRequired");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new BusinessRuleException("file", "planning.task.report.fileTooLarge", MAX_MEGABYTES);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("file", "planning.task.report.fileTooLarge", MAX_MEGABYTES);
        }
        if (content.length == 0) {
            throw new BusinessRuleException("file", "planning.task.report.fileRequired");
        }
        AttachmentKind kind = AttachmentKind.of(content)
                .orElseThrow(() -> new BusinessRuleException("file", "planning.task.report.fileKind"));
        return new Checked(kind.fileName(file.getOriginalFilename(), "attachment"), kind, content);
    }

    long store(Checked file, long userId, Instant now) {
        return jdbc.queryForObject("""
                insert into planning_file (file_name, content_type, file_size, sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, file.name(), file.kind().mediaType(),
                file.content().length, sha256(file.content()), file.content(), userId, Timestamp.from(now));
    }

    /** Deletes a file no report holds any more (its link is gone with the report's change). */
    void delete(long fileId) {
        jdbc.update("delete from planning_file f where f.id = ? and not exists "
                + "(select 1 from progress_attachment a where a.file_id = f.id)", fileId);
    }

    List<FileInfo> of(long reportId) {
        return jdbc.query("""
                select f.id, f.file_name, f.content_type, f.file_size, f.uploaded_at
                from progress_attachment a join planning_file f on f.id = a.file_id
                where a.report_id = ? order by f.uploaded_at, f.id""", (rs, n) -> new FileInfo(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant()), reportId);
    }

    Optional<StoredFile> content(long reportId, long fileId) {
        return jdbc.query("""
                select f.file_name, f.content_type, f.content
                from progress_attachment a join planning_file f on f.id = a.file_id
                where a.report_id = ? and a.file_id = ?""", (rs, n) -> new StoredFile(rs.getString(1),
                rs.getString(2), rs.getBytes(3)), reportId, fileId).stream().findFirst();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
