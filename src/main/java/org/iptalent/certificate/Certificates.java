package org.iptalent.certificate;

import java.util.List;
import java.util.Locale;

/** What other modules do with certificates: issue one on completion, list a talent's, get one's PDF. */
public interface Certificates {

    /**
     * Issues a certificate in the caller's transaction (a rolled-back completion issues nothing). Idempotent per
     * type, source and talent: issuing the same again returns the certificate issued before, unchanged. An unknown
     * type or a region outside the platform's code list is refused ({@code BusinessRuleException}).
     */
    IssuedCertificate issue(CertificateIssue issue);

    /**
     * Issues many certificates at once (a class's completed trainees), with the same rules as {@link #issue} and
     * in the caller's transaction: those issued before are left as they are. One audit entry per type and source
     * kind names the count and the range of serial numbers. Returns how many were issued now.
     */
    int issueAll(java.util.Collection<CertificateIssue> issues);

    /**
     * A talent's certificates, newest first: those issued here and those earned elsewhere that an administrator
     * verified (marked external). The talent sees all of theirs; an administrator those issued in their region;
     * anyone else nothing.
     */
    List<CertificateView> ofTalent(long talentId);

    /**
     * The PDF of a certificate issued here, for its holder or an administrator in whose region it was issued (a
     * certificate another user may not see is reported as not found). The download is audited.
     */
    CertificatePdf pdf(long certificateId, Locale locale);
}
