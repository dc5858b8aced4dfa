package org.iptalent.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.iptalent.support.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A report as another module writes it (A4, Chinese, a table longer than a page), rendered by the platform and read
 * back with PDFBox: its text on each page, the table's header repeated, the CJK font embedded as a subset.
 */
class PdfDocumentsTests {

    private static final String A4_REPORT = """
            @page { size: A4; margin: 20mm; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th, td { border: 0.3mm solid #555; padding: 1.5mm; }
            """;

    private final PdfDocuments pdf = new PdfDocuments(new PdfFont(), messages(), new PdfProperties(false));

    @Test
    void aChineseReportWithALongTableRunsOverTwoA4PagesInTheEmbeddedFont() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 45; i++) {
            rows.append("<tr><td>第").append(i).append("项指标</td><td>").append(i * 10).append("</td><td>")
                    .append(PdfDocuments.escape("达标 <" + i + "> & 持续")).append("</td></tr>");
        }
        String xhtml = PdfDocuments.xhtml(Locale.CHINA, "中期评估报告", A4_REPORT, "<h1>中期评估报告</h1>"
                + "<table><thead><tr><th>指标名称</th><th>目标值</th><th>完成情况</th></tr></thead><tbody>" + rows
                + "</tbody></table><p>评估结论：总体进展顺利。</p>");

        try (PDDocument document = Loader.loadPDF(pdf.render(xhtml, Locale.CHINA))) {
            Pdfs.keep(document, "pdf", "report-zh");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("知识产权人才管理平台");
            String first = Pdfs.text(document, 1);
            String second = Pdfs.text(document, 2);
            assertThat(first).contains("中期评估报告", "指标名称目标值完成情况", "第1项指标10达标<1>&持续")
                    .doesNotContain("第45项指标", "评估结论");
            assertThat(second).contains("指标名称目标值完成情况", "第45项指标450达标<45>&持续", "评估结论：总体进展顺利。")
                    .doesNotContain("第1项指标");
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
                Pdfs.assertCjkFontEmbedded(page);
            }
        }
    }

    @Test
    void anImageInsideThePageIsDrawnButNothingIsFetchedFromAFileOrTheNetwork(@TempDir Path folder) throws Exception {
        byte[] png = png();
        Path file = Files.write(folder.resolve("outside.png"), png);
        String xhtml = PdfDocuments.xhtml(Locale.ENGLISH, "Images", "img { width: 20mm; height: 20mm; }",
                "<p>inside</p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/>"
                        + "<img src=\"" + file.toUri() + "\"/><img src=\"http://127.0.0.1:9/outside.png\"/>");

        try (PDDocument document = Loader.loadPDF(pdf.render(xhtml, Locale.ENGLISH))) {
            assertThat(Pdfs.text(document)).contains("inside");
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the data: image only").hasSize(1);
        }
    }

    @Test
    void escapedTextIsCharacterDataWhateverItHolds() {
        assertThat(PdfDocuments.escape("<b title=\"x\">A&B's</b>"))
                .isEqualTo("&lt;b title=&quot;x&quot;&gt;A&amp;B&#39;s&lt;/b&gt;");
        assertThat(PdfDocuments.escape("a\u0000b\u0007c\td\uD800e\uFFFF 😀")).isEqualTo("abc\tde 😀");
        assertThat(PdfDocuments.escape(null)).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
