package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.nightly.history.AckRequest;
import org.lstmrisk.nightly.history.BreachAckRow;
import org.lstmrisk.nightly.history.BreachAcknowledger;
import org.lstmrisk.nightly.history.BreachClassification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk breach ack}: record a review of a breach (append-only; a breach may be reviewed again). */
@Command(name = "ack", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record who reviewed a breach of a recorded run, why it happened and what is done about it. "
                + "Reviews are appended: earlier ones are kept, and 'lstm-risk history --breaches' shows them all.",
                "Exit codes: 0 recorded, 2 no such run, no such limit result, not a breach, or bad options."})
public final class BreachAckCommand implements Callable<Integer> {

    private final BreachAcknowledger acknowledger;

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryLocationOptions where;

    @Option(names = "--run", required = true, paramLabel = "RUN_ID", description = "The run, e.g. 2024-03-08-1.")
    String runId;

    @Option(names = "--limit", required = true, paramLabel = "NAME",
            description = "The breached limit result, e.g. single-name-risk:INTC.")
    String limitName;

    @Option(names = "--by", required = true, paramLabel = "WHO", description = "The reviewer.")
    String reviewer;

    @Option(names = "--class", required = true, paramLabel = "CLASS",
            description = "market-moved, position-change, data-issue or model-issue.")
    String classification;

    @Option(names = "--action", required = true, paramLabel = "TEXT", description = "What was or will be done.")
    String action;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Free text.")
    String comment;

    /** An ack command from its collaborators. */
    @Inject
    public BreachAckCommand(BreachAcknowledger acknowledger) {
        this.acknowledger = acknowledger;
    }

    @Override
    public Integer call() {
        AckRequest request = OptionValues.parsed(() -> new AckRequest(runId, limitName, reviewer,
                BreachClassification.parse(classification), action, comment));
        BreachAckRow row = acknowledger.acknowledge(where.location(), request);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("acknowledged %s in run %s: review #%d by %s at %s (%s)%n", row.limitName(), row.runId(),
                row.ackId(), row.reviewer(), row.ackedAt(), row.classification().label());
        out.flush();
        return ExitCode.OK;
    }
}
