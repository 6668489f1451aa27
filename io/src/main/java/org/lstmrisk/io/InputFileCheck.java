package org.lstmrisk.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bounds every input file is read under, checked before a byte is read: the file must exist and be a regular
 * file (a folder, a FIFO, a device such as {@code /dev/zero} or a socket is refused, so nothing hangs or fills
 * the memory), and its size must not exceed the bound of its kind. A symbolic link to a regular file is read.
 * This class is stateless.
 */
public final class InputFileCheck {

    /** The largest CSV data file read (prices, weights, GDP): 1 GiB. */
    public static final long MAX_CSV_BYTES = 1L << 30;
    /** The largest YAML file read (limits, run configuration): 1 MiB. */
    public static final long MAX_YAML_BYTES = 1L << 20;
    /** The largest CSV field (cell) read, in characters: 4000. */
    public static final int MAX_CSV_FIELD_CHARS = 4000;

    private InputFileCheck() {
    }

    /**
     * Checks that {@code file} is a regular file of at most {@code maxBytes} bytes.
     *
     * @param what the kind of file for the message, e.g. {@code "limits file"}
     * @throws DataInputException when it does not exist, is not a regular file, or is too large
     */
    public static void check(Path file, long maxBytes, String what) throws DataInputException {
        if (!Files.exists(file)) {
            throw new DataInputException(file, 0, "", "the " + what + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataInputException(file, 0, "", "the " + what + " is not a regular file ("
                    + (Files.isDirectory(file) ? "a folder" : "a device, pipe or socket") + "); give a file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read the " + what + ": " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new DataInputException(file, 0, "", "the " + what + " is " + size + " bytes; at most " + maxBytes
                    + " are read");
        }
    }
}
