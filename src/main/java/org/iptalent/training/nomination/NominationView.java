package org.iptalent.training.nomination;

import java.time.Instant;

/** A nomination as pages and the API show it: the talent named, the province that nominated, every step's when. */
public record NominationView(long id, long version, long classId, long talentId, String talentName,
        String employerName, String provinceCode, String regionCode, Nomination.Status status, String reason,
        String decisionReason, Instant nominatedAt, Instant decidedAt, Long enrollmentId) {

    static NominationView of(Nomination n, String talentName, String employerName) {
        return new NominationView(n.getId(), n.getVersion(), n.getClassId(), n.getTalentId(), talentName,
                employerName, n.getProvinceCode(), n.getRegionCode(), n.getStatus(), n.getReason(),
                n.getDecisionReason(), n.getNominatedAt(), n.getDecidedAt(), n.getEnrollmentId());
    }
}
