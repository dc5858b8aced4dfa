package org.iptalent.expert.admission;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.iptalent.expert.admission.AdmissionApplication.Kind;
import org.iptalent.expert.admission.AdmissionApplication.State;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.platform.file.UploadedFiles.FileInfo;

/** An application as its reviewers and its applicant see it, with its decisions and evidence. */
public record AdmissionView(long id, long version, long talentId, String talentName, String employerName,
        String regionCode, Kind kind, State state, Set<String> categories, Set<String> ipcClasses, Set<Duty> duties,
        String statement, Long noticeId, Long expertId, Instant submittedAt, List<Review> reviews,
        List<FileInfo> evidence) {

    /** One decision: its stage, passed or not, the opinion, who and when. */
    public record Review(String stage, boolean passed, String opinion, String reviewer, Instant at) {
    }
}
