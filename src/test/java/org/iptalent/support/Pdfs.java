package org.iptalent.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF the platform made, read back with PDFBox as a reader's viewer would: its text, its fonts, its pictures. */
public final class Pdfs {

    private Pdfs() {
    }

    /** The document's text without white space: letter spacing makes the text extractor see a space between letters. */
    public static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }

    /** The text of one page (the first is 1), without white space. */
    public static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", "");
    }

    /** The PDF and a picture of each page under target/{folder}, for a person to look at. */
    public static void keep(PDDocument document, String folder, String name) throws IOException {
        Path directory = Path.of("target", folder);
        Files.createDirectories(directory);
        document.save(directory.resolve(name + ".pdf").toFile());
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            ImageIO.write(renderer.renderImageWithDPI(page, 110), "png",
                    directory.resolve(name + (page == 0 ? "" : "-" + (page + 1)) + ".png").toFile());
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** The page is printed in the shipped CJK font, embedded as a subset: a reader needs no font of their own. */
    public static void assertCjkFontEmbedded(PDPage page) throws IOException {
        assertThat(fonts(page.getResources())).anySatisfy(font -> {
            assertThat(font.getName()).contains("DroidSansFallback");
            assertThat(font.isEmbedded()).isTrue();
            // a subset: its name carries the six-letter tag PDF gives a subset
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        });
    }
}
