package org.iptalent.certificate.internal;

import static org.iptalent.platform.pdf.PdfDocuments.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.iptalent.platform.pdf.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certificate as a PDF: A4 landscape, in Chinese (or English), with the holder's full name, what was earned, the
 * issuer, the dates, the serial number and the QR code of the verification link, the link printed under it. The page
 * is XHTML that the platform's {@link PdfDocuments} renders; every word comes from the bundles, every value is
 * escaped.
 */
@Component
class CertificateDocuments {

    /** What a certificate prints. */
    record Printed(String typeName, String holderName, String achievement, String issuer, LocalDate issuedOn,
            LocalDate expiresOn, String serial, String verificationLink) {
    }

    /** A4 landscape (297 × 210 mm): every block is placed by its top, left and width, which the layout keeps to. */
    private static final String STYLE = """
            @page { size: 297mm 210mm; margin: 0; }
            body { margin: 0; color: #1f2a44; }
            .frame { position: absolute; top: 8mm; left: 8mm; width: 276mm; height: 189mm;
                     border: 2.5mm solid #0b4ea2; }
            .inner { position: absolute; top: 13mm; left: 13mm; width: 270mm; height: 183mm;
                     border: 0.4mm solid #c8102e; }
            .platform { position: absolute; top: 24mm; left: 0; width: 297mm; text-align: center; font-size: 12pt;
                        color: #5a6478; letter-spacing: 2pt; }
            .title { position: absolute; top: 33mm; left: 0; width: 297mm; text-align: center; font-size: 30pt;
                     color: #0b4ea2; letter-spacing: 3pt; }
            .body { position: absolute; top: 60mm; left: 45mm; width: 207mm; font-size: 14pt; line-height: 1.7; }
            .holder { text-align: center; font-size: 26pt; margin: 2mm 0 5mm; letter-spacing: 2pt; }
            .achievement { text-indent: 2em; }
            .closing { text-indent: 2em; margin-top: 2mm; }
            .facts { position: absolute; top: 136mm; left: 45mm; width: 150mm; font-size: 11.5pt; line-height: 1.8;
                     border-collapse: collapse; }
            .facts td { padding: 0; vertical-align: top; }
            .facts td.label { color: #5a6478; width: 30mm; }
            .qr { position: absolute; top: 130mm; left: 212mm; width: 40mm; text-align: center; font-size: 9pt;
                  color: #5a6478; }
            .qr img { width: 34mm; height: 34mm; }
            .link { position: absolute; top: 183mm; left: 0; width: 297mm; text-align: center; font-size: 9pt;
                    color: #5a6478; }
            """;

    private final PdfDocuments pdf;
    private final MessageSource messages;

    CertificateDocuments(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] render(Printed certificate, Locale locale) {
        return pdf.render(html(certificate, locale), locale);
    }

    private String html(Printed c, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(text("certificate.pdf.datePattern", locale), locale);
        StringBuilder facts = new StringBuilder();
        fact(facts, text("certificate.pdf.issuer", locale), c.issuer());
        fact(facts, text("certificate.pdf.issuedOn", locale), dates.format(c.issuedOn()));
        if (c.expiresOn() != null) {
            fact(facts, text("certificate.pdf.expiresOn", locale), dates.format(c.expiresOn()));
        }
        fact(facts, text("certificate.pdf.serial", locale), c.serial());
        return PdfDocuments.xhtml(locale, c.typeName(), STYLE,
                "<div class=\"frame\"></div><div class=\"inner\"></div>"
                + "<div class=\"platform\">" + escape(text("app.name", locale)) + "</div>"
                + "<div class=\"title\">" + escape(c.typeName()) + "</div>"
                + "<div class=\"body\"><div>" + escape(text("certificate.pdf.lead", locale)) + "</div>"
                + "<div class=\"holder\">" + escape(c.holderName()) + "</div>"
                + "<div class=\"achievement\">" + escape(c.achievement()) + "</div>"
                + "<div class=\"closing\">" + escape(text("certificate.pdf.closing", locale)) + "</div></div>"
                + "<table class=\"facts\">" + facts + "</table>"
                + "<div class=\"qr\"><img src=\"" + QrImages.pngDataUri(c.verificationLink()) + "\" alt=\""
                + escape(text("certificate.pdf.scan", locale)) + "\"/><div>"
                + escape(text("certificate.pdf.scan", locale)) + "</div></div>"
                + "<div class=\"link\">" + escape(text("certificate.pdf.link", locale)) + " "
                + escape(c.verificationLink()) + "</div>");
    }

    private static void fact(StringBuilder facts, String label, String value) {
        facts.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td>").append(escape(value))
                .append("</td></tr>");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
