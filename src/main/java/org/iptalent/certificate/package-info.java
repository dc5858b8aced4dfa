/**
 * Certificates, a capability of its own that training, online learning and professional titles reuse: a
 * certificate of a type (its validity in years, its renewal reminder, its serial number format) issued to a talent
 * on completion of something ({@link org.iptalent.certificate.Certificates#issue}), as a PDF in Chinese with a QR
 * code that leads to its public verification page {@code /verify/{code}}. The verification code is 128 random
 * bits, never derived from the serial number, and looking codes up is limited per client. An administrator revokes
 * a certificate with a reason or renews one of a type that expires; holders are reminded before expiry. Talents
 * also upload certificates earned elsewhere, which an administrator verifies.
 * <p>
 * {@link org.iptalent.certificate.Certificates} is the API other modules call, in their own transaction. The
 * holder's name is stored encrypted and shown masked everywhere except on the certificate itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.iptalent.certificate;
