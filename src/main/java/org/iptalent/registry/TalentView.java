package org.iptalent.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A talent as pages and the API show it: sensitive fields masked. */
public record TalentView(long id, long version, String name, Gender gender, LocalDate birthDate,
        String identityNumberMasked, String mobileMasked, String emailMasked, String education, String discipline,
        String major, Long employerId, String employerName, String employerCreditCode, String regionCode,
        String industryCode, List<CategoryView> categories, String position, String languages,
        String internationalExperience, String status, String source, Long mergedIntoId,
        List<QualificationView> qualifications, Instant createdAt, Instant updatedAt) {

    public record CategoryView(String team, String category) {
    }

    public record QualificationView(long id, String type, String titleLevel, String number, String issuer,
            LocalDate issuedOn, LocalDate expiresOn, String verification, boolean expired) {
    }
}
