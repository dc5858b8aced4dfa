package org.iptalent.training.nomination;

import java.time.Instant;

/**
 * A nomination as pages and the API show it: the talent named, the province that nominated, every step's when.
 *
 * @param enrollmentStatus once enrolled, where the enrollment stands (ENROLLED, WAITLISTED …); else null
 */
public record NominationView(long id, long version, long classId, long talentId, String talentName,
        String employerName, String provinceCode, String regionCode, Nomination.Status status, String reason,
        String decisionReason, Instant nominatedAt, Instant decidedAt, Long enrollmentId, String enrollmentStatus) {

    static NominationView of(Nomination n, String talentName, String employerName, String enrollmentStatus) {
        return new NominationView(n.getId(), n.getVersion(), n.getClassId(), n.getTalentId(), talentName,
                employerName, n.getProvinceCode(), n.getRegionCode(), n.getStatus(), n.getReason(),
                n.getDecisionReason(), n.getNominatedAt(), n.getDecidedAt(), n.getEnrollmentId(), enrollmentStatus);
    }

    /** Enrolled on the class's waiting list: selected, but no place yet. */
    public boolean waiting() {
        return status == Nomination.Status.ENROLLED && "WAITLISTED".equals(enrollmentStatus);
    }
}
