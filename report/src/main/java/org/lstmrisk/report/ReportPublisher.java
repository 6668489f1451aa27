package org.lstmrisk.report;

import org.lstmrisk.io.AtomicFolderWriter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a run's files into {@code OUT/<as-of>/} all at once: the files go to a hidden temporary folder
 * beside it, are flushed to disk, and the folder is renamed into place, so a reader never sees a
 * half-written report. An earlier report for the same date is replaced. This class is immutable and thread-safe.
 */
public final class ReportPublisher {

    private final AtomicFolderWriter folder = new AtomicFolderWriter();

    /**
     * Publishes {@code files} (name → bytes) as {@code outDir/asOf/}.
     *
     * @return the published folder
     */
    public Path publish(Path outDir, LocalDate asOf, Map<String, byte[]> files) {
        return folder.replace(outDir.resolve(asOf.toString()), files);
    }
}
