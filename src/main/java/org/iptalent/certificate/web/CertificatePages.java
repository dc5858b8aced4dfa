package org.iptalent.certificate.web;

import java.util.Locale;

/** What the certificate pages share. */
final class CertificatePages {

    private CertificatePages() {
    }

    /** A certificate is Chinese unless English is asked for by name: the page's language does not change it. */
    static Locale certificateLocale(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
