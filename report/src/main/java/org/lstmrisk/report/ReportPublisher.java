package org.lstmrisk.report;

import org.lstmrisk.io.AtomicFolderWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.lstmrisk.core.UserInputException;

/**
 * Writes a run's files into {@code OUT/<as-of>/} all at once: the files go to a hidden temporary folder
 * beside it, are flushed to disk, and the folder is renamed into place, so a reader never sees a
 * half-written report. An earlier report for the same date is replaced, but nothing else is: an existing
 * {@code OUT/<as-of>} is replaced only when it is an empty folder or a folder (not a symbolic link) holding a
 * {@code report.json} written by lstm-risk (its first keys are {@code schemaVersion} and {@code asOf} with the
 * same date); a file, a link or a user's folder there makes the run exit 2 before it writes anything.
 * This class is immutable and thread-safe.
 */
public final class ReportPublisher {

    private static final JsonFactory JSON = new JsonFactory();

    private final AtomicFolderWriter folder = new AtomicFolderWriter();

    /**
     * Checks, before anything is written, that {@link #publish} may write {@code outDir/asOf}.
     *
     * @throws UserInputException when something there is not an earlier lstm-risk report of that date
     */
    public void checkReplaceable(Path outDir, LocalDate asOf) {
        Path target = outDir.resolve(asOf.toString());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String problem;
        if (Files.isSymbolicLink(target)) {
            problem = "it is a symbolic link";
        } else if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            problem = "it is a file";
        } else if (isEmpty(target) || isReport(target.resolve("report.json"), asOf)) {
            return;
        } else {
            problem = "it is a folder without a report.json of " + asOf + " written by lstm-risk";
        }
        throw new UserInputException("refusing to replace " + target + ": " + problem + "; move it away or choose "
                + "another --out. Nothing was written");
    }

    /**
     * Publishes {@code files} (name → bytes) as {@code outDir/asOf/}.
     *
     * @return the published folder
     * @throws UserInputException when {@link #checkReplaceable} refuses
     */
    public Path publish(Path outDir, LocalDate asOf, Map<String, byte[]> files) {
        checkReplaceable(outDir, asOf);
        return folder.replace(outDir.resolve(asOf.toString()), files);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** True when {@code file} is a regular file that starts as lstm-risk's report.json of {@code asOf} does. */
    private static boolean isReport(Path file, LocalDate asOf) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (JsonParser p = JSON.createParser(file.toFile())) {
            return p.nextToken() == JsonToken.START_OBJECT
                    && p.nextToken() == JsonToken.FIELD_NAME && "schemaVersion".equals(p.currentName())
                    && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                    && p.nextToken() == JsonToken.FIELD_NAME && "asOf".equals(p.currentName())
                    && p.nextToken() == JsonToken.VALUE_STRING && asOf.toString().equals(p.getText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
