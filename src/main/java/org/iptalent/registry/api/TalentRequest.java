package org.iptalent.registry.api;

import java.util.List;

import org.iptalent.registry.TalentInput;

/** A talent as an API client sends it; {@code version}, on an update, is the version it last read. */
record TalentRequest(String name, String gender, String birthDate, String identityNumber, String mobile, String email,
        String education, String discipline, String major, String employerName, String employerCreditCode,
        String regionCode, String industryCode, List<String> categories, String position, String languages,
        String internationalExperience, String status, Long version) {

    TalentInput toInput() {
        return new TalentInput(name, gender, birthDate, identityNumber, mobile, email, education, discipline, major,
                employerName, employerCreditCode, regionCode, industryCode, categories, position, languages,
                internationalExperience, status);
    }
}
