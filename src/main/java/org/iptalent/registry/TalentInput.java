package org.iptalent.registry;

import java.util.List;

/**
 * A talent as entered: by a form, an API client or a spreadsheet row. Coded fields hold codes;
 * {@code employerCreditCode} or {@code employerName} names the employer (which must exist).
 */
public record TalentInput(
        String name,
        String gender,
        String birthDate,
        String identityNumber,
        String mobile,
        String email,
        String education,
        String discipline,
        String major,
        String employerName,
        String employerCreditCode,
        String regionCode,
        String industryCode,
        List<String> categories,
        String position,
        String languages,
        String internationalExperience,
        String status) {

    public TalentInput {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
