package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic folder writer publishes a folder readable like any other the user creates. */
class AtomicFolderWriterTest {

    @TempDir
    Path tmp;

    @Test
    void publishedFolderAndFiles_haveThePermissionsOfNormallyCreatedOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path parent = Files.createDirectory(tmp.resolve("out"));
        // The yardstick: a folder and a file made the ordinary way beside it (mode 777/666 less the umask).
        Path normalDir = Files.createDirectory(parent.resolve("normal"));
        Path normalFile = Files.writeString(normalDir.resolve("f.txt"), "x");

        var files = new LinkedHashMap<String, byte[]>();
        files.put("report.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("forecasts.csv", "ticker\n".getBytes(StandardCharsets.UTF_8));
        Path target = new AtomicFolderWriter().replace(parent.resolve("2024-03-08"), files);

        String dirMode = mode(normalDir);
        String fileMode = mode(normalFile);
        assertEquals(dirMode, mode(target), "folder follows the umask");
        for (String name : files.keySet()) {
            assertEquals(fileMode, mode(target.resolve(name)), name + " follows the umask");
            assertArrayEquals(files.get(name), Files.readAllBytes(target.resolve(name)));
        }
        if (dirMode.equals("rwxr-xr-x")) { // the usual umask 022: the group and others can read the report
            assertEquals("rw-r--r--", mode(target.resolve("report.json")));
        }
    }

    @Test
    void replacingAFolder_keepsTheNormalPermissions_andLeavesNoHiddenFolders() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path parent = Files.createDirectory(tmp.resolve("out"));
        Path normalDir = Files.createDirectory(tmp.resolve("normal"));
        var writer = new AtomicFolderWriter();
        writer.replace(parent.resolve("day"), Map.of("a.txt", new byte[] {1}));
        Path target = writer.replace(parent.resolve("day"), Map.of("b.txt", new byte[] {2}));

        assertEquals(mode(normalDir), mode(target));
        try (Stream<Path> entries = Files.list(parent)) {
            assertEquals(java.util.List.of("day"), entries.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> entries = Files.list(target)) {
            assertEquals(java.util.List.of("b.txt"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
