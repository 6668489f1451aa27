package org.lstmrisk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lstm-risk breach}: the review of breaches recorded in the history; see {@code breach ack}. */
@Command(name = "breach", mixinStandardHelpOptions = true,
        description = "Review breaches recorded in the run history.",
        subcommands = {BreachAckCommand.class})
public final class BreachCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: lstm-risk breach ack ...");
    }
}
