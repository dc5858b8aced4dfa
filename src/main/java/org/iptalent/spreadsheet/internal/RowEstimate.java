package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** How many data rows a file holds, cheaply, for the progress bar: the sheet's dimension, or line count. */
final class RowEstimate {

    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

    private RowEstimate() {
    }

    static int of(Path file, SpreadsheetReader.Format format) {
        try {
            if (format == SpreadsheetReader.Format.XLSX) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                    if (sheet == null) {
                        return 0;
                    }
                    try (InputStream in = zip.getInputStream(sheet)) {
                        Matcher m = DIMENSION.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                        return m.find() ? Math.max(0, Integer.parseInt(m.group(1)) - 1) : 0;
                    }
                }
            }
            long lines = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return (int) Math.max(0, lines - 1);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
