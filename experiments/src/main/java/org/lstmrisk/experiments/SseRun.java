package org.lstmrisk.experiments;

import java.time.LocalDate;

/**
 * One split of the SSE experiment: LSTM, RNN and the naive "tomorrow = today" forecast scored on the same test
 * days, in index points. This class is immutable and thread-safe.
 *
 * @param label         "published split" or "repeat k"
 * @param fractions     the split shares
 * @param split         the sample counts
 * @param trainingSeed  the seed of the networks' weights and shuffling
 * @param scalerMin     the min-max scaler's minimum, fitted on the closes of the training samples only (index points)
 * @param scalerMax     the scaler's maximum (index points)
 * @param firstTestDate the date of the first predicted test close
 * @param lastTestDate  the date of the last predicted test close
 * @param lstm          the LSTM's outcome
 * @param rnn           the RNN's outcome
 * @param naive         the naive forecast's accuracy on the same test days
 */
public record SseRun(String label, SplitFractions fractions, SampleSplit split, long trainingSeed, double scalerMin,
        double scalerMax, LocalDate firstTestDate, LocalDate lastTestDate, ModelOutcome lstm, ModelOutcome rnn,
        RegressionMetrics naive) {
}
