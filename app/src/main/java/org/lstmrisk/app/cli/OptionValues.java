package org.lstmrisk.app.cli;

import java.util.function.Supplier;
import org.lstmrisk.core.UserInputException;

/**
 * How the commands settle an option's value: a flag wins over the configuration file, the file over the default;
 * a value that its parser refuses is a user error (one line, exit 2).
 */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code flag} when given, else {@code fromFile} when given, else {@code fallback}. */
    static <T> T first(T flag, T fromFile, T fallback) {
        return flag != null ? flag : fromFile != null ? fromFile : fallback;
    }

    /** The value {@code parse} builds; its IllegalArgumentException becomes a UserInputException with its message. */
    static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
