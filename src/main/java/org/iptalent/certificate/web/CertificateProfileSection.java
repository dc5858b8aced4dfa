package org.iptalent.certificate.web;

import java.util.Locale;
import java.util.Map;

import org.iptalent.certificate.Certificates;
import org.iptalent.registry.TalentProfileSection;
import org.springframework.stereotype.Component;

/**
 * The talent's certificates on the registry's profile page: those issued in the reader's region and those earned
 * elsewhere that were verified, with a link to upload one for the talent.
 */
@Component
class CertificateProfileSection implements TalentProfileSection {

    private final Certificates certificates;

    CertificateProfileSection(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "certificate/profile-section";
    }

    @Override
    public Map<String, Object> model(long talentId, Locale locale) {
        return Map.of("certificates", certificates.ofTalent(talentId), "talentId", talentId);
    }
}
