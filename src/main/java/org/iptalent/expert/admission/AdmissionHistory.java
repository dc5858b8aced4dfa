package org.iptalent.expert.admission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** An application's decisions (never changed once written) and the ids of its evidence files. */
@Component
class AdmissionHistory {

    /** Where a decision was taken. */
    enum Stage {
        SUBMISSION, FIRST_REVIEW, RE_REVIEW, NOTICE, APPOINTMENT, WITHDRAWAL
    }

    private final JdbcTemplate jdbc;

    AdmissionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long applicationId, Stage stage, boolean passed, String opinion, long reviewerId, String reviewerName,
            Instant at) {
        jdbc.update("""
                insert into expert_application_review (application_id, stage, passed, opinion, reviewer_id,
                reviewer_name, reviewed_at) values (?, ?, ?, ?, ?, ?, ?)""", applicationId, stage.name(), passed,
                opinion, reviewerId, reviewerName, Timestamp.from(at));
    }

    List<AdmissionView.Review> of(long applicationId) {
        return jdbc.query("""
                select stage, passed, opinion, reviewer_name, reviewed_at from expert_application_review
                where application_id = ? order by reviewed_at, id""", (rs, n) -> new AdmissionView.Review(
                rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant()), applicationId);
    }

    void attach(long applicationId, long fileId) {
        jdbc.update("insert into expert_application_evidence (application_id, file_id) values (?, ?)", applicationId,
                fileId);
    }

    List<Long> evidence(long applicationId) {
        return jdbc.queryForList("select file_id from expert_application_evidence where application_id = ? "
                + "order by file_id", Long.class, applicationId);
    }
}
