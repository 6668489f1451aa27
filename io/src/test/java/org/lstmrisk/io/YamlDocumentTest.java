package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one YAML reader: lines, keys, refusals and typed values. */
class YamlDocumentTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("f.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private YamlNode root(String yaml) throws Exception {
        return YamlDocument.read(file(yaml), "test file").root().orElseThrow();
    }

    private DataInputException fails(String yaml, long line, String field, String... fragments) {
        DataInputException e = assertThrows(DataInputException.class, () -> {
            YamlNode root = root(yaml);
            for (YamlNode.Entry entry : root.entries()) {
                switch (entry.key()) {
                    case "n" -> entry.value().number("n", "");
                    case "w" -> entry.value().wholeNumber("w");
                    case "b" -> entry.value().bool("b");
                    case "d" -> entry.value().date("d");
                    case "l" -> entry.value().valueList("l", "[A, B]");
                    default -> entry.value().value(entry.key());
                }
            }
        });
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.reason().contains(f), "'" + f + "' not in: " + e.reason());
        }
        return e;
    }

    @Test
    void entriesKeepTheirLinesAndOrder_andValuesTheirText() throws Exception {
        YamlNode root = root("# comment\nb: NO\nn: 0.03\nl:\n  - ON\n  - \"7203\"\n");
        List<YamlNode.Entry> entries = root.entries();
        assertEquals(List.of("b", "n", "l"), entries.stream().map(YamlNode.Entry::key).toList());
        assertEquals(List.of(2L, 3L, 4L), entries.stream().map(YamlNode.Entry::line).toList());
        assertEquals("NO", entries.get(0).value().text());
        assertFalse(entries.get(0).value().bool("b"));
        assertEquals(0.03, entries.get(1).value().number("n", ""));
        List<YamlNode> items = entries.get(2).value().valueList("l", "[A, B]");
        assertEquals(List.of("ON", "7203"), items.stream().map(YamlNode::text).toList());
        assertEquals(List.of(5L, 6L), items.stream().map(YamlNode::line).toList());
    }

    @Test
    void typedValues() throws Exception {
        YamlNode root = root("w: 250\nb: true\nd: 2024-03-08\nn: 1e-3\nm: -2\n");
        List<YamlNode.Entry> e = root.entries();
        assertEquals(250L, e.get(0).value().wholeNumber("w"));
        assertTrue(e.get(1).value().bool("b"));
        assertEquals(LocalDate.of(2024, 3, 8), e.get(2).value().date("d"));
        assertEquals(1e-3, e.get(3).value().number("n", ""));
        assertEquals(-2.0, e.get(4).value().number("m", ""));
    }

    @Test
    void wrongValuesNameLineAndKey() {
        fails("a: 1\nn: \"0.03\"\n", 2, "n", "must be a number", "'0.03'");
        fails("n: 3%\n", 1, "n", "number", "3%");
        fails("n: .inf\n", 1, "n", "finite");
        fails("n: 0x10\n", 1, "n", "number");
        fails("w: 1.5\n", 1, "w", "whole number", "1.5");
        fails("b: maybe\n", 1, "b", "true or false");
        fails("d: 2024-13-01\n", 1, "d", "YYYY-MM-DD");
        fails("x: {a: 1}\n", 1, "x", "single value", "a mapping");
        fails("x:\n", 1, "x", "no value");
        fails("l: A\n", 1, "l", "list such as [A, B]");
        fails("l:\n  - A\n  - [B]\n", 3, "l", "each entry", "a list");
    }

    @Test
    void aliasesAreRefusedAtTheirLine_namingTheKey() {
        fails("a: &x 1\nb: *x\n", 2, "b", "aliases (*x)", "test file");
        fails("a: &x 1\nc:\n  l: [A, *x]\n", 3, "l", "*x");
        fails("- &x 1\n- *x\n", 2, "", "*x");
        fails("a: &x {k: 1}\nb: *x\n", 2, "b", "*x");
    }

    @Test
    void malformedYamlAndSecondDocuments_areRefusedAtTheirLine() {
        fails("a: 1\n  b: 2\n", 2, "", "malformed YAML");
        fails("a:\n\tb: 2\n", 2, "", "malformed YAML", "TAB");
        fails("a: 1\n---\nb: 2\n", 3, "", "more than one YAML document", "a test file has one");
    }

    @Test
    void anEmptyFileHasNoRoot_andAMissingFileIsRefused() throws Exception {
        assertTrue(YamlDocument.read(file(""), "test file").root().isEmpty());
        assertTrue(YamlDocument.read(file("# nothing\n"), "test file").root().isEmpty());
        DataInputException e = assertThrows(DataInputException.class,
                () -> YamlDocument.read(dir.resolve("absent.yaml"), "test file"));
        assertTrue(e.reason().contains("does not exist"), e.reason());
    }

    @Test
    void globalTagsAreRefused() {
        fails("a: 1\nx: !!javax.script.ScriptEngineManager [a]\n", 2, "", "malformed YAML", "Global tag");
    }
}
