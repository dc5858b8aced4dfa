package org.iptalent.platform.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;

/**
 * The charts' text in two fonts: the shipped CJK font (the one PDFs embed, so Chinese renders whatever fonts the server
 * has) for CJK characters and full-width forms, and the JRE's sans serif for the rest, since Droid Sans Fallback has no
 * Latin letters or digits.
 */
final class ChartText {

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    private final Font cjk;
    private final Font latin = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    ChartText() {
        // no window system on a server: Java2D draws into memory only
        System.setProperty("java.awt.headless", "true");
        try (InputStream in = ChartText.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the chart font " + FONT + " is missing from the build");
            }
            cjk = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the chart font " + FONT + " cannot be read", e);
        }
    }

    int width(Graphics2D g, String text, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        return (int) Math.ceil(new TextLayout(runs(text, size), g.getFontRenderContext()).getAdvance());
    }

    void draw(Graphics2D g, String text, int x, int y, float size) {
        if (!text.isEmpty()) {
            g.drawString(runs(text, size), x, y);
        }
    }

    /** A text as runs of the CJK font and the Latin one. */
    private AttributedCharacterIterator runs(String text, float size) {
        AttributedString runs = new AttributedString(text.isEmpty() ? " " : text);
        Font wide = cjk.deriveFont(size);
        Font plain = latin.deriveFont(size);
        for (int i = 0; i < text.length(); i++) {
            runs.addAttribute(TextAttribute.FONT, text.charAt(i) >= 0x2E80 ? wide : plain, i, i + 1);
        }
        if (text.isEmpty()) {
            runs.addAttribute(TextAttribute.FONT, plain);
        }
        return runs.getIterator();
    }
}
