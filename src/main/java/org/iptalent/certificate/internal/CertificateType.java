package org.iptalent.certificate.internal;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;

/**
 * A kind of certificate: its names, how many years one is valid (none: it never expires), how many days before
 * expiry its holder is reminded to renew, and its serial number format. Only the national administrator changes
 * types; a change applies to certificates issued after it.
 */
@Entity
@Table(name = "certificate_type")
public class CertificateType extends AbstractEntity {

    private String code;
    private String nameZh;
    private String nameEn;
    private Integer validityYears;
    private Integer reminderDays;
    private String serialFormat;

    protected CertificateType() {
    }

    CertificateType(String code, CertificateTypeInput input) {
        this.code = code;
        update(input);
    }

    /** The input as checked by {@link CertificateTypeInput#problems}. */
    void update(CertificateTypeInput input) {
        this.nameZh = input.nameZh().strip();
        this.nameEn = input.nameEn().strip();
        this.validityYears = input.validity();
        this.reminderDays = input.reminder();
        this.serialFormat = input.serialFormat().strip();
    }

    /** When a certificate of this type issued on {@code issuedOn} expires; null when the type never expires. */
    public LocalDate expiryFor(LocalDate issuedOn) {
        return validityYears == null ? null : issuedOn.plusYears(validityYears).minusDays(1);
    }

    public boolean expires() {
        return validityYears != null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public SerialFormat format() {
        return new SerialFormat(serialFormat);
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Integer getValidityYears() {
        return validityYears;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public String getSerialFormat() {
        return serialFormat;
    }
}
