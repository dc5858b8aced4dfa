package org.iptalent.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An upload's file name is what its download is saved as: a PDF/HTML polyglot sent as "evil.html" was downloaded as
 * evil.html (opened in a browser as a page), and a right-to-left override disguised a name's real extension.
 */
class UploadFileNameTests {

    @Test
    void theNameEndsInTheExtensionOfWhatTheBytesAre() {
        assertThat(ExternalCertificates.fileName("C:\\fakepath\\..\\evil.html", CertificateFile.Kind.PDF))
                .isEqualTo("evil.html.pdf");
        assertThat(ExternalCertificates.fileName("scan.PNG", CertificateFile.Kind.PNG)).isEqualTo("scan.PNG");
        assertThat(ExternalCertificates.fileName("scan.jpeg", CertificateFile.Kind.JPEG)).isEqualTo("scan.jpeg");
        assertThat(ExternalCertificates.fileName("scan.pdf", CertificateFile.Kind.JPEG)).isEqualTo("scan.pdf.jpg");
        assertThat(ExternalCertificates.fileName("资格证", CertificateFile.Kind.PNG)).isEqualTo("资格证.png");
    }

    @Test
    void formatCharactersAndEmptyNamesAreNoName() {
        assertThat(ExternalCertificates.fileName("a\u202Egpj.html", CertificateFile.Kind.PDF))
                .isEqualTo("agpj.html.pdf");
        assertThat(ExternalCertificates.fileName("..", CertificateFile.Kind.PDF)).isEqualTo("certificate.pdf");
        assertThat(ExternalCertificates.fileName(null, CertificateFile.Kind.JPEG)).isEqualTo("certificate.jpg");
    }

    @Test
    void aLongNameKeepsItsExtensionWithinTheColumn() {
        String name = ExternalCertificates.fileName("x".repeat(300) + ".html", CertificateFile.Kind.PDF);
        assertThat(name).hasSize(200).endsWith(".html.pdf");
    }
}
