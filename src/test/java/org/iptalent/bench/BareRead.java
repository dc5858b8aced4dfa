package org.iptalent.bench;

import java.io.File;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Floor: fastexcel-reader over the file, every cell touched. Usage: BareRead file.xlsx */
public final class BareRead {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long cells = 0;
        long chars = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new File(args[0]));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = row.getCellText(i);
                    cells++;
                    chars += text == null ? 0 : text.length();
                }
            }
        }
        System.out.printf("read %d cells (%d chars) in %.2f s%n", cells, chars, (System.nanoTime() - start) / 1e9);
    }
}
