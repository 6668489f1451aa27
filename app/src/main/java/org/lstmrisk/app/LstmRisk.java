package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import org.lstmrisk.core.UserInputException;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lstmrisk.app.cli.RootCommand;
import org.lstmrisk.app.wiring.DataModule;
import org.lstmrisk.app.wiring.EvaluationModule;
import org.lstmrisk.app.wiring.ExperimentModule;
import org.lstmrisk.app.wiring.ForecastModule;
import org.lstmrisk.app.wiring.GuiceFactory;
import org.lstmrisk.app.wiring.HistoryModule;
import org.lstmrisk.app.wiring.PortfolioModule;
import org.lstmrisk.app.wiring.ReportModule;
import org.lstmrisk.app.wiring.StateModule;
import org.lstmrisk.io.DataInputException;
import picocli.CommandLine;

/**
 * The {@code lstm-risk} entry point: builds the one injector, hands the command line to picocli and maps
 * failures to the exit codes of DESIGN.md (2 for bad usage or input, 1 for anything unexpected).
 */
public final class LstmRisk {

    private LstmRisk() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Injector injector = Guice.createInjector(
                new DataModule(), new ForecastModule(), new PortfolioModule(), new ReportModule(),
                new HistoryModule(), new EvaluationModule(), new StateModule(), new ExperimentModule());
        CommandLine cli = new CommandLine(RootCommand.class, new GuiceFactory(injector))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(LstmRisk::handleBadUsage)
                .setExecutionExceptionHandler(LstmRisk::handleFailure);
        cli.registerConverter(LocalDate.class, LstmRisk::date);
        return cli.execute(args);
    }

    /** A date option's value: {@code YYYY-MM-DD}, or a one-line refusal naming the value. */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * Bad usage (an unknown option, a missing or malformed value): one line naming the problem and where the
     * usage is, exit 2; a malformed value names its option, e.g.
     * {@code lstm-risk: --as-of: '2024-13-01' is not a date (YYYY-MM-DD); see 'lstm-risk run --help'}.
     */
    private static int handleBadUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String problem = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            problem = option.longestName() + ": " + bad.getMessage();
        }
        err.println("lstm-risk: " + problem + "; see '" + cli.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static java.nio.file.FileSystemException fileSystemCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException fs) {
                return fs;
            }
        }
        return null;
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof DataInputException || e instanceof UserInputException) {
            err.println("lstm-risk: " + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        java.nio.file.FileSystemException fs = fileSystemCause(e);
        if (fs != null) {
            // The environment refused a file operation (read-only place, permissions, a file where a folder is
            // expected): the user's to fix, so one line and exit 2 (DESIGN.md), not a stack trace.
            err.println("lstm-risk: cannot use " + fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason())
                    + " (" + fs.getClass().getSimpleName() + ")");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("lstm-risk: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
