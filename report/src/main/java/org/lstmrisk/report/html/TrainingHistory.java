package org.lstmrisk.report.html;

import java.util.List;

/**
 * The training of the run's neural models, for the page's loss-curve section: one curve per ticker whose model
 * was trained (or retrained) in this run. Empty when the run trained nothing (EWMA, GARCH, HAR, or an LSTM that was
 * only updated), and then the section is left out. This class is immutable and thread-safe.
 *
 * @param curves one per trained model, in report order
 */
public record TrainingHistory(List<LossCurve> curves) {

    /** No training in this run. */
    public static final TrainingHistory NONE = new TrainingHistory(List.of());

    /** Copies the list. */
    public TrainingHistory {
        curves = List.copyOf(curves);
    }

    /** True when the run trained nothing. */
    public boolean isEmpty() {
        return curves.isEmpty();
    }
}
