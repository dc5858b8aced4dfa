package org.iptalent.planning.report;

import java.util.Optional;

import org.iptalent.platform.file.UploadedFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A reported value's evidence in {@code uploaded_file}: required, checked and stored by {@link UploadedFiles} (at
 * most {@value UploadedFiles#MAX_MEGABYTES} MB, a document or an image as its bytes say, with its SHA-256); read
 * here for the value's page and download.
 */
@Component
class EvidenceFiles {

    static final UploadedFiles.Refusals REFUSALS = new UploadedFiles.Refusals("evidence",
            "planning.reported.evidenceRequired", "planning.reported.evidenceTooLarge", "planning.reported.evidenceKind");

    private final JdbcTemplate jdbc;

    EvidenceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The evidence file of a reported value. */
    Optional<EvidenceFile> of(long reportedValueId) {
        return jdbc.query("""
                select f.file_name, f.content_type, f.content from reported_value v
                join uploaded_file f on f.id = v.evidence_id where v.id = ?""",
                (rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), reportedValueId)
                .stream().findFirst();
    }

    /** The evidence's name and size for lists, without its bytes. */
    record EvidenceInfo(String name, String mediaType, int size, String sha256) {
    }

    Optional<EvidenceInfo> info(long fileId) {
        return jdbc.query("select file_name, content_type, file_size, sha256 from uploaded_file where id = ?",
                (rs, n) -> new EvidenceInfo(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)), fileId)
                .stream().findFirst();
    }
}
