package org.iptalent.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The CJK font every PDF is printed in: Droid Sans Fallback (Apache-2.0, TrueType, shipped under {@code fonts/}:
 * openhtmltopdf cannot use OpenType/CFF fonts such as Noto CJK), embedded in each PDF as a subset of the characters
 * it uses. The 4 MB font is read once and parsed once per renderer that runs at the same time, then lent out:
 * parsing it for every document cost more than the whole rest of a certificate's PDF. A parsed font reads its
 * glyphs as a document is written, so one renderer holds it until its PDF is saved, and none shares it with another
 * thread.
 */
@Component
class PdfFont {

    private static final String RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

    private final byte[] bytes;
    private final int limit = Math.max(2, Runtime.getRuntime().availableProcessors());
    private final AtomicInteger parsed = new AtomicInteger();
    private final BlockingQueue<TrueTypeFont> idle = new LinkedBlockingQueue<>();

    PdfFont() {
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the PDF font " + RESOURCE + " is missing from the build");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parsed font for one document, given back with {@link #release}; waits while every parsed one is in use. */
    TrueTypeFont borrow() {
        TrueTypeFont font = idle.poll();
        if (font != null) {
            return font;
        }
        if (parsed.incrementAndGet() <= limit) {
            try {
                // the parser reads the shared bytes in place: no copy of the 4 MB per parsed font
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                parsed.decrementAndGet();
                throw new UncheckedIOException(e);
            }
        }
        parsed.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the PDF font", e);
        }
    }

    void release(TrueTypeFont font) {
        idle.add(font);
    }

    /** The font as one document embeds it: a subset, written when the document is saved. */
    static PDType0Font embed(PDDocument document, TrueTypeFont font) throws IOException {
        return PDType0Font.load(document, font, true);
    }
}
