package org.lstmrisk.io;

import java.nio.file.Path;

/**
 * A data file's path and its bytes as read, all the data fingerprint needs of it ({@link Fingerprints#ofFiles}):
 * kept instead of the parsed table, so that a folder of many files does not hold every file's cells in memory
 * until the last one is parsed. The array is shared, not copied: package-private, and never written.
 *
 * @param file  the file as read
 * @param bytes its bytes
 */
record FileBytes(Path file, byte[] bytes) {
}
