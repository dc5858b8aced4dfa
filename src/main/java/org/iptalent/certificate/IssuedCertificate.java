package org.iptalent.certificate;

import java.time.LocalDate;

/**
 * A certificate as issued.
 *
 * @param id               its id
 * @param serial           its serial number, as printed
 * @param code             its verification code (the QR code's link ends with it)
 * @param verificationLink the public verification page, an absolute link
 * @param issuedOn         the date of issue
 * @param expiresOn        when it expires, or null when its type never does
 */
public record IssuedCertificate(long id, String serial, String code, String verificationLink, LocalDate issuedOn,
        LocalDate expiresOn) {
}
