package org.iptalent.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.support.CraftedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTests {

    @TempDir
    Path dir;

    @Test
    void aNumberThatWouldBeABillionDigitsLongStaysAsTyped() throws IOException {
        List<String[]> rows = read(CraftedWorkbooks.withRows(
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>张三</t></is></c><c r=\"B2\"><v>1E999999999</v></c>"
                        + "<c r=\"C2\"><v>1E-999999999</v></c><c r=\"D2\"><v>110101199003074477</v></c></row>"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("张三", "1E999999999", "1E-999999999", "110101199003074477");
    }

    @Test
    void aLongCellKeepsOnlyTheCharactersAnyColumnCouldHold() throws IOException {
        List<String[]> rows = read(CraftedWorkbooks.withRows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
                + "长".repeat(50_000) + "</t></is></c></row>"));
        assertThat(rows.get(0)[0]).hasSize(SpreadsheetReader.MAX_CELL_CHARS);
    }

    private List<String[]> read(byte[] workbook) throws IOException {
        Path file = Files.write(dir.resolve("book.xlsx"), workbook);
        List<String[]> rows = new ArrayList<>();
        SpreadsheetReader.read(file, SpreadsheetReader.Format.XLSX, 100, WorkbookGuard.Limits.of(10_000_000),
                new SpreadsheetReader.Rows() {
                    @Override
                    public void header(List<String> names) {
                    }

                    @Override
                    public void row(int line, String[] values) {
                        rows.add(values);
                    }
                });
        return rows;
    }
}
