package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.history.ChainVerification;
import org.lstmrisk.nightly.history.HistoryFilter;
import org.lstmrisk.nightly.history.HistoryFormat;
import org.lstmrisk.nightly.history.HistoryFormatter;
import org.lstmrisk.nightly.history.HistoryQuery;
import org.lstmrisk.nightly.history.HistoryVerifier;
import org.lstmrisk.portfolio.limits.LimitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk history}: past runs, their figures, limits-file changes, breaches and their reviews. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the runs recorded by 'lstm-risk run --state DIR': as-of date, run id, model, daily "
                + "portfolio volatility, VaR 99 %%, warnings and breaches, limits file (and when it changed).",
                "With --breaches, --status or --limit, also the matching limit results of those runs, each breach "
                        + "with its reviews ('lstm-risk breach ack'). Changes nothing.",
                "With --verify, recompute the audit trail's hash chain instead and name the first row changed, "
                        + "inserted or deleted outside lstm-risk.",
                "Exit codes: 0 listed (possibly nothing) or verified intact, 2 no history there, a bad filter, or "
                        + "--verify found the trail tampered with (one line on stderr naming the row)."})
public final class HistoryCommand implements Callable<Integer> {

    private final HistoryQuery query;
    private final HistoryFormatter formatter;
    private final HistoryVerifier verifier;

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryLocationOptions where;

    @Option(names = "--from", paramLabel = "DATE", description = "First as-of date (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last as-of date (inclusive).")
    LocalDate to;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only limit results with this status (OK, WARN, BREACH), and the runs that have one.")
    LimitStatus status;

    @Option(names = "--limit", paramLabel = "NAME",
            description = "Only results of this limit (a position limit's name matches each of its tickers: "
                    + "single-name-risk matches single-name-risk:INTC), and the runs that have one.")
    String limitName;

    @Option(names = "--breaches", description = "Only breaches and the runs that have one (same as --status BREACH).")
    boolean breaches;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    HistoryFormat format;

    @Option(names = "--verify", description = "Recompute the hash chain over every recorded row and the append-only "
            + "guards; print 'history verified: N rows, chain intact' and the head hash (keep it elsewhere: it "
            + "anchors the trail), or exit 2 naming the first row that was changed.")
    boolean verify;

    /** A history command from its collaborators. */
    @Inject
    public HistoryCommand(HistoryQuery query, HistoryFormatter formatter, HistoryVerifier verifier) {
        this.query = query;
        this.formatter = formatter;
        this.verifier = verifier;
    }

    @Override
    public Integer call() {
        if (verify) {
            return verify();
        }
        if (breaches && status != null && status != LimitStatus.BREACH) {
            throw new UserInputException("--breaches selects status BREACH; it cannot be combined with --status " + status);
        }
        HistoryFilter filter = OptionValues.parsed(() ->
                new HistoryFilter(from, to, breaches ? LimitStatus.BREACH : status, limitName));
        var view = query.find(where.location(), filter);
        PrintWriter out = spec.commandLine().getOut();
        out.print(formatter.render(view, format == null ? HistoryFormat.TABLE : format));
        out.flush();
        return ExitCode.OK;
    }

    private int verify() {
        if (from != null || to != null || status != null || limitName != null || breaches || format != null) {
            throw new UserInputException("--verify checks the whole history; it takes no --from, --to, --status, "
                    + "--limit, --breaches or --format");
        }
        var location = where.location();
        ChainVerification result = verifier.verify(location);
        result.broken().ifPresent(b -> {
            throw new UserInputException(HistoryVerifier.tampered(location, b));
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.summary());
        out.flush();
        return ExitCode.OK;
    }
}
