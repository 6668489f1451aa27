package org.lstmrisk.core;

/**
 * A problem with what the user asked for or supplied (options, dates, weights against data): reported as
 * one message and exit code 2, with nothing written.
 */
public class UserInputException extends RuntimeException {

    /** A problem described by {@code message}. */
    public UserInputException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, caused by {@code cause}. */
    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
