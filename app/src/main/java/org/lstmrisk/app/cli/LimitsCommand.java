package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.report.LimitsTable;
import org.lstmrisk.report.ReportJsonReader;
import org.lstmrisk.report.WrittenReport;
import org.lstmrisk.nightly.limits.LimitsFileReader;
import org.lstmrisk.portfolio.limits.LimitChecker;
import org.lstmrisk.portfolio.limits.LimitResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk limits}: re-check a written report against a limits file, writing nothing. */
@Command(name = "limits", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-check a written report.json against a limits file (\"what if the limit were ...\"). "
                + "Prints the results; changes no file.",
                "Exit codes: 0 no hard breach, 3 a hard limit breached, 2 bad report or limits file."})
public final class LimitsCommand implements Callable<Integer> {

    private final ReportJsonReader reportReader;
    private final LimitsFileReader limitsReader;
    private final LimitChecker checker;
    private final LimitsTable table;

    @Spec
    CommandSpec spec;

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "A report.json written by run or demo.")
    Path report;

    @Option(names = "--limits", required = true, paramLabel = "FILE", description = "YAML limits file.")
    Path limits;

    /** A limits command from its collaborators. */
    @Inject
    public LimitsCommand(ReportJsonReader reportReader, LimitsFileReader limitsReader, LimitChecker checker,
                         LimitsTable table) {
        this.reportReader = reportReader;
        this.limitsReader = limitsReader;
        this.checker = checker;
        this.table = table;
    }

    @Override
    public Integer call() throws Exception {
        WrittenReport written = reportReader.read(report);
        var limitList = limitsReader.read(limits);
        List<LimitResult> results;
        try {
            results = checker.check(limitList, written.risk(), written.asOf());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(limits + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("limits %s checked against %s (as of %s, %d positions)%n", limits, report, written.asOf(),
                written.tickers().size());
        out.print(results.isEmpty() ? "  no limit is active on " + written.asOf() + System.lineSeparator()
                : table.render(results));
        out.flush();
        return checker.anyHardBreach(results) ? ExitCode.HARD_BREACH : ExitCode.OK;
    }
}
