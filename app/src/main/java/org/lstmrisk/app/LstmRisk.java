package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import org.lstmrisk.core.UserInputException;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
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
                .setExecutionExceptionHandler(LstmRisk::handleFailure);
        return cli.execute(args);
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof DataInputException || e instanceof UserInputException) {
            err.println("lstm-risk: " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("lstm-risk: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
