package org.lstmrisk.nightly.history;

/**
 * The history database could not be written or read for a reason that is not the user's input (an I/O or
 * SQL failure): an internal error, exit code 1. The transaction it interrupted was rolled back.
 */
public class HistoryException extends RuntimeException {

    /** A failure described by {@code message}, caused by {@code cause}. */
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
