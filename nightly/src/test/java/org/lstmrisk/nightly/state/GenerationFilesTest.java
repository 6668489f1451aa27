package org.lstmrisk.nightly.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation folders: written whole under a hidden name, unchanged files linked, leftovers and old ones collected. */
class GenerationFilesTest {

    @TempDir
    Path tmp;

    private final GenerationFiles files = new GenerationFiles();

    @Test
    void test_write_publishesACompleteFolderAndLinksUnchangedFiles() throws Exception {
        StateFolder folder = new StateFolder(tmp);
        Path g1 = files.write(folder, 1, Map.of("lstm/AAPL.model", new byte[] {1, 2, 3}), Map.of());
        assertEquals(tmp.resolve("models/g000001"), g1);
        Path g2 = files.write(folder, 2, Map.of("lstm/MSFT.model", new byte[] {4}),
                Map.of("lstm/AAPL.model", g1.resolve("lstm/AAPL.model")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(g2.resolve("lstm/AAPL.model")));
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(g2.resolve("lstm/MSFT.model")));
        assertEquals(Files.getAttribute(g1.resolve("lstm/AAPL.model"), "unix:ino"),
                Files.getAttribute(g2.resolve("lstm/AAPL.model"), "unix:ino"), "hard-linked, not copied");
        assertFalse(Files.exists(folder.partialDir(2)), "no partial folder is left");
    }

    @Test
    void test_write_replacesLeftoversOfAKilledRun() throws Exception {
        StateFolder folder = new StateFolder(tmp);
        Files.createDirectories(folder.partialDir(1).resolve("lstm"));
        Files.write(folder.partialDir(1).resolve("lstm/JUNK.model"), new byte[] {9});
        Files.createDirectories(folder.generationDir(1).resolve("lstm"));
        Files.write(folder.generationDir(1).resolve("lstm/OLD.model"), new byte[] {9});
        files.write(folder, 1, Map.of("lstm/AAPL.model", new byte[] {1}), Map.of());
        try (var listing = Files.walk(folder.modelsDir())) {
            assertEquals(List.of("models/g000001/lstm/AAPL.model"), listing.filter(Files::isRegularFile)
                    .map(p -> tmp.relativize(p).toString()).toList());
        }
    }

    @Test
    void test_collectGarbage_keepsOnlyTheCurrentGeneration() throws Exception {
        StateFolder folder = new StateFolder(tmp);
        for (long g = 1; g <= 3; g++) {
            files.write(folder, g, Map.of("lstm/AAPL.model", new byte[] {(byte) g}), Map.of());
        }
        Files.createDirectories(folder.partialDir(4));
        Files.writeString(folder.modelsDir().resolve("README.txt"), "not ours");
        files.collectGarbage(folder, 2);
        try (var listing = Files.list(folder.modelsDir())) {
            assertEquals(List.of("README.txt", "g000002"), listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
        files.collectGarbage(folder, 0);
        assertTrue(Files.exists(folder.modelsDir().resolve("README.txt")));
        assertFalse(Files.exists(folder.generationDir(2)), "with nothing committed, every generation folder is garbage");
    }

    @Test
    void test_modelGeneration_sortsEntriesAndRefusesDuplicates() {
        LocalDate d = LocalDate.of(2024, 3, 8);
        var g = new ModelGeneration(3, List.of(new ModelEntry("lstm", "MSFT", d, "sha256:2"),
                new ModelEntry("lstm", "AAPL", d, "sha256:1")));
        assertEquals(List.of("AAPL", "MSFT"), g.entries().stream().map(ModelEntry::ticker).toList());
        assertEquals("sha256:2", g.entry("lstm", "MSFT").orElseThrow().sha256());
        assertTrue(g.entry("rnn", "MSFT").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ModelGeneration(1, List.of(
                new ModelEntry("lstm", "AAPL", d, "sha256:1"), new ModelEntry("lstm", "AAPL", d, "sha256:2"))));
        assertEquals("g000012", new StateFolder(Path.of("s")).generationDir(12).getFileName().toString());
        assertEquals(12L, StateFolder.generationNumber("g000012").getAsLong());
        assertTrue(StateFolder.generationNumber(".g000012.partial").isEmpty());
    }
}
