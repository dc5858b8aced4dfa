package org.iptalent.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
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
 * Makes PDFs from XHTML for every module: the caller writes its page (its own CSS, page size with {@code @page},
 * every value through {@link #escape}), usually with {@link #xhtml}, and {@link #render} lays it out with
 * openhtmltopdf in the shipped CJK font, embedded as a subset. A long table breaks across pages; with
 * {@code -fs-table-paginate: paginate} on the table its {@code thead} is repeated on every page. Only resources
 * inside the page ({@code data:} URIs, such as a QR code's image) are read: the renderer fetches nothing from a file
 * or the network.
 */
@Component
public class PdfDocuments {

    /** The font family of the shipped CJK font, for a caller's CSS ({@link #xhtml} sets it on the body already). */
    public static final String FONT_FAMILY = "IPTalent CJK";

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final PdfFont font;
    private final MessageSource messages;
    private final boolean warmUp;

    PdfDocuments(PdfFont font, MessageSource messages, PdfProperties properties) {
        this.font = font;
        this.messages = messages;
        this.warmUp = properties.warmUp();
    }

    /**
     * Renders one throwaway document on a background thread once the platform is up: the first PDF of a JVM loads
     * and compiles the renderer (0.7 s against 30 ms for the next ones), which no user should wait for.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!warmUp) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Locale locale = Locale.SIMPLIFIED_CHINESE;
                String name = escape(messages.getMessage("app.name", null, locale));
                String tagline = escape(messages.getMessage("app.tagline", null, locale));
                render(xhtml(locale, name, "", "<h1>" + name + "</h1><table><thead><tr><th>" + name
                        + "</th></tr></thead><tbody><tr><td>" + tagline + "</td></tr></tbody></table>"), locale);
            } catch (RuntimeException e) {
                log.warn("PDF warm-up failed: {}", e.toString());
            }
        }, "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * The PDF of a page.
     *
     * @param xhtml  a whole XHTML document (well-formed XML; {@link #xhtml} writes one), its values escaped
     * @param locale the language of the platform's name written as the PDF's producer
     */
    public byte[] render(String xhtml, Locale locale) {
        TrueTypeFont parsed = font.borrow();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PdfFont.embed(document, parsed)), FONT_FAMILY, 400, FontStyle.NORMAL,
                    true);
            builder.useExternalResourceAccessControl(PdfDocuments::insidePage,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(PdfDocuments::insidePage,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer(messages.getMessage("app.name", null, locale));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            font.release(parsed);
        }
    }

    /**
     * A whole XHTML document: its language from the locale ({@code en} or {@code zh-CN}), the title (escaped here),
     * the body in the CJK font, then the caller's CSS and body markup as they are (its values escaped by the caller).
     */
    public static String xhtml(Locale locale, String title, String style, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + ("en".equals(locale.getLanguage()) ? "en" : "zh-CN") + "\">"
                + "<head><meta charset=\"UTF-8\"/><title>" + escape(title) + "</title>"
                + "<style>body { font-family: '" + FONT_FAMILY + "', sans-serif; }\n" + style + "</style></head>"
                + "<body>" + body + "</body></html>";
    }

    /** Text as XML character data or an attribute's value: a name or a comment may hold any character. */
    public static String escape(String value) {
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
                    // characters XML 1.0 does not allow (controls, a lone surrogate) would make the page
                    // unreadable: dropped
                    if (c == '\t' || c == '\n' || c == '\r'
                            || c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean insidePage(String uri, ExternalResourceType type) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }
}
