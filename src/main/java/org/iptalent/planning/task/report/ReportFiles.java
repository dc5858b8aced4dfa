package org.iptalent.planning.task.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.iptalent.platform.file.UploadedFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A report's attachments in {@code uploaded_file}, checked and stored by {@link UploadedFiles} (at most
 * {@value UploadedFiles#MAX_MEGABYTES} MB each, a document or an image by its bytes); listed, read and removed here.
 */
@Component
public class ReportFiles {

    private static final UploadedFiles.Refusals REFUSALS = new UploadedFiles.Refusals("file",
            "planning.task.report.fileRequired", "planning.task.report.fileTooLarge", "planning.task.report.fileKind");

    /** An attachment as a report lists it. */
    public record FileInfo(long id, String name, String mediaType, int size, Instant uploadedAt) {
    }

    private final JdbcTemplate jdbc;
    private final UploadedFiles uploads;

    ReportFiles(DataSource dataSource, UploadedFiles uploads) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.uploads = uploads;
    }

    /** The upload, checked by the module's one upload rule. */
    UploadedFiles.Checked check(MultipartFile file) {
        return uploads.check(file, REFUSALS, "attachment");
    }

    long store(UploadedFiles.Checked file, long userId, Instant now) {
        return uploads.store(file, userId, now);
    }

    /** Deletes a file no report holds any more (its link is gone with the report's change). */
    void delete(long fileId) {
        jdbc.update("delete from uploaded_file f where f.id = ? and not exists "
                + "(select 1 from progress_attachment a where a.file_id = f.id)", fileId);
    }

    List<FileInfo> of(long reportId) {
        return jdbc.query("""
                select f.id, f.file_name, f.content_type, f.file_size, f.uploaded_at
                from progress_attachment a join uploaded_file f on f.id = a.file_id
                where a.report_id = ? order by f.uploaded_at, f.id""", (rs, n) -> new FileInfo(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant()), reportId);
    }

    Optional<UploadedFiles.StoredFile> content(long reportId, long fileId) {
        return jdbc.query("""
                select f.file_name, f.content_type, f.content
                from progress_attachment a join uploaded_file f on f.id = a.file_id
                where a.report_id = ? and a.file_id = ?""", (rs, n) -> new UploadedFiles.StoredFile(rs.getString(1),
                rs.getString(2), rs.getBytes(3)), reportId, fileId).stream().findFirst();
    }
}
