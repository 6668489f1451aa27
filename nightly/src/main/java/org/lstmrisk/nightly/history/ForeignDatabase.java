package org.lstmrisk.nightly.history;

import java.sql.SQLException;
import java.util.Optional;
import org.lstmrisk.core.UserInputException;
import org.sqlite.SQLiteException;

/**
 * Tells an SQL failure caused by the database file the user pointed at (not an SQLite database, damaged, another
 * program's database without lstm-risk's tables, read-only or not openable) from an internal failure: the first
 * is the user's to fix and exits 2 with one line, the second stays a {@link HistoryException}. This class is
 * stateless.
 */
final class ForeignDatabase {

    /** SQLite's primary result codes that say the file, not the program, is at fault. */
    private static final int ERROR = 1;
    private static final int PERM = 3;
    private static final int READONLY = 8;
    private static final int CORRUPT = 11;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private ForeignDatabase() {
    }

    /** The user-facing refusal for {@code e}, when the database file at {@code location} is at fault. */
    static Optional<RuntimeException> refusal(SQLException e, HistoryLocation location) {
        if (!(e instanceof SQLiteException s)) {
            return Optional.empty();
        }
        int primary = s.getResultCode().code & 0xFF;
        String why = switch (primary) {
            case ERROR -> "it is not an lstm-risk history (" + oneLine(e) + ")";
            case NOTADB, CORRUPT -> "it is not an SQLite database or it is damaged (" + oneLine(e) + ")";
            case READONLY, PERM, CANTOPEN -> "it cannot be opened or written (" + oneLine(e) + ")";
            default -> null;
        };
        return why == null ? Optional.empty()
                : Optional.of(new UserInputException("cannot use the history database " + location.describe() + ": "
                        + why + "; nothing was changed", e));
    }

    private static String oneLine(SQLException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
