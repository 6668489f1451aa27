package org.lstmrisk.app.cli;

import java.nio.file.Path;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.history.HistoryLocation;
import picocli.CommandLine.Option;

/** The options that name a run history: {@code --state DIR} or {@code --history-url URL} (which wins). */
public final class HistoryLocationOptions {

    @Option(names = "--state", paramLabel = "DIR", description = "State folder of the runs (history in DIR/history.db).")
    Path state;

    @Option(names = "--history-url", paramLabel = "JDBC_URL",
            description = "History database URL, instead of the state folder's (e.g. jdbc:sqlite:/path/history.db).")
    String historyUrl;

    /** The history named, or exit 2 when none is. */
    HistoryLocation location() {
        if (state == null && historyUrl == null) {
            throw new UserInputException("name the run history with --state DIR (the folder given to "
                    + "'lstm-risk run --state') or --history-url JDBC_URL");
        }
        return OptionValues.parsed(() -> HistoryLocation.of(state, historyUrl));
    }
}
