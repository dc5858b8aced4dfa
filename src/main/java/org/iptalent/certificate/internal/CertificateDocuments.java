package org.iptalent.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A certificate as a PDF: A4 landscape, in Chinese (or English), with the holder's full name, what was earned, the
 * issuer, the dates, the serial number and the QR code of the verification link, the link printed under it. The page
 * is XHTML laid out by openhtmltopdf; every word comes from the bundles, every value is escaped.
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
            body { margin: 0; font-family: '%s', sans-serif; color: #1f2a44; }
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
            """.formatted(CertificateFont.FAMILY);

    private static final Logger log = LoggerFactory.getLogger(CertificateDocuments.class);

    private final CertificateFont font;
    private final MessageSource messages;
    private final boolean warmUp;

    CertificateDocuments(CertificateFont font, MessageSource messages, CertificateProperties properties) {
        this.font = font;
        this.messages = messages;
        this.warmUp = properties.pdf().warmUp();
    }

    /**
     * Renders one throwaway certificate on a background thread once the platform is up: the first PDF of a JVM
     * loads and compiles the renderer (0.7 s against 30 ms for the next ones), which no holder should wait for.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!warmUp) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Locale locale = Locale.SIMPLIFIED_CHINESE;
                String words = text("app.name", locale);
                render(new Printed(words, words, text("app.tagline", locale), words, LocalDate.now(),
                        LocalDate.now(), "0", "https://localhost/verify/0"), locale);
            } catch (RuntimeException e) {
                log.warn("Certificate PDF warm-up failed: {}", e.toString());
            }
        }, "certificate-pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    byte[] render(Printed certificate, Locale locale) {
        String html = html(certificate, locale);
        TrueTypeFont parsed = font.borrow();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(CertificateFont.embed(document, parsed)), CertificateFont.FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.withProducer(text("app.name", locale));
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            font.release(parsed);
        }
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
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + (english(locale) ? "en" : "zh-CN") + "\">"
                + "<head><meta charset=\"UTF-8\"/><title>" + escape(c.typeName()) + "</title>"
                + "<style>" + STYLE + "</style></head><body>"
                + "<div class=\"frame\"></div><div class=\"inner\"></div>"
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
                + escape(c.verificationLink()) + "</div>"
                + "</body></html>";
    }

    private static void fact(StringBuilder facts, String label, String value) {
        facts.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td>").append(escape(value))
                .append("</td></tr>");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Text as XML character data: a name or an achievement may hold any character. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // characters XML 1.0 does not allow (controls) would make the page unreadable: dropped
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
