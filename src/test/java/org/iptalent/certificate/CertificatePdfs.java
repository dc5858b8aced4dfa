package org.iptalent.certificate;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A certificate's PDF read back: its text, its fonts, its QR code decoded; kept under target/certificates. */
public final class CertificatePdfs {

    private CertificatePdfs() {
    }

    /** The page's text without white space: letter spacing makes the text extractor see a space between letters. */
    public static String text(PDDocument document) throws java.io.IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }

    /** The PDF and a picture of it under target/certificates, for a person to look at. */
    public static void keep(PDDocument document, String name) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "certificates");
        java.nio.file.Files.createDirectories(folder);
        document.save(folder.resolve(name + ".pdf").toFile());
        javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
                "png", folder.resolve(name + ".png").toFile());
    }

    public static List<PDFont> fonts(PDResources resources) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** Every QR code among the page's images, decoded. */
    public static List<String> qrCodes(PDResources resources) throws Exception {
        List<String> decoded = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                decoded.add(decode(image.getImage()));
            }
        }
        return decoded;
    }

    public static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
