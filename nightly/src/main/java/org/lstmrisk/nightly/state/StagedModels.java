package org.lstmrisk.nightly.state;

import java.util.List;
import java.util.Objects;
import org.lstmrisk.nightly.history.InTransaction;

/**
 * The models a run has written but not yet committed: the generation that becomes current when the run's
 * history transaction commits, the rows that transaction must add, and lines for the run's summary.
 * This class is immutable and thread-safe.
 *
 * @param generation the generation current after the commit (the same as before when nothing changed)
 * @param isNew      true when the run wrote a new generation folder
 * @param commitStep rows written in the run's transaction ({@link InTransaction#NONE} when nothing changed)
 * @param lines      what happened to each model, for the console
 */
public record StagedModels(ModelGeneration generation, boolean isNew, InTransaction commitStep, List<String> lines) {

    /** Nothing stored, nothing to commit. */
    public static final StagedModels NONE = new StagedModels(ModelGeneration.EMPTY, false, InTransaction.NONE, List.of());

    /** Checks for nulls and copies the lines. */
    public StagedModels {
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(commitStep, "commitStep");
        lines = List.copyOf(lines);
    }
}
