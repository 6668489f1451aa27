package org.lstmrisk.app.cli;

import picocli.CommandLine.Command;

/** {@code lstm-risk}: the portfolio risk engine's command line. */
@Command(name = "lstm-risk", mixinStandardHelpOptions = true, version = "lstm-risk 0.1.0",
        description = "Portfolio risk from per-stock volatility forecasts: Σ = diag(σ)·ρ·diag(σ), σp = √(wᵀΣw), VaR, ES.",
        subcommands = {RunCommand.class, DemoCommand.class, LimitsCommand.class, EvaluateCommand.class,
                HistoryCommand.class, BreachCommand.class, ExperimentCommand.class, BenchCommand.class})
public final class RootCommand {
}
