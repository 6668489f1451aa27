package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pass splits a file into trimmed cells and the lines their records start on. */
class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void read_quotedFields_unquotedWithSeparatorsQuotesAndLineBreaksKept() throws Exception {
        Path file = dir.resolve("q.csv");
        Files.writeString(file, "\uFEFF Date , note ,Close\r\n"
                + "2024-01-02,\"a, \"\"b\"\"\",10\r\n"
                + "\r\n"
                + "2024-01-03, \"two\nlines\" ,11\r\n"
                + "2024-01-04,,12", StandardCharsets.UTF_8);
        CsvTable t = CsvTable.read(file);
        assertEquals(List.of("Date", "note", "Close"), t.header());
        assertEquals(3, t.rowCount());
        assertEquals("a, \"b\"", t.cell(0, 1));
        assertEquals("two\nlines", t.cell(1, 1));
        assertEquals("", t.cell(2, 1));
        assertEquals("12", t.cell(2, 2));
        assertArrayEquals(new int[] {2, 4, 6}, new int[] {t.line(0), t.line(1), t.line(2)});
    }

    @Test
    void read_keepsTheFileBytesForTheFingerprint() throws Exception {
        Path file = dir.resolve("b.csv");
        byte[] bytes = "Date,Close\n2024-01-02,10\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        assertArrayEquals(bytes, CsvTable.read(file).content().bytes());
    }
}
