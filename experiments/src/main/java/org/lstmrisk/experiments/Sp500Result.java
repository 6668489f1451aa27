package org.lstmrisk.experiments;

import java.time.LocalDate;
import java.util.List;

/**
 * The S&amp;P 500 window-normalisation experiment. This class is immutable and thread-safe.
 *
 * @param settings      the set-up
 * @param source        the data file as given
 * @param firstDate     the first row's date
 * @param lastDate      the last row's date
 * @param rows          rows read
 * @param trainRows     rows in the training slice (the first trainShare of rows)
 * @param trainSamples  training windows
 * @param testSamples   test windows
 * @param firstTestDate the date of the first predicted test close
 * @param trainLoss     per epoch, the mean training MSE on normalised closes
 * @param modes         point-by-point, full-sequence and multi-sequence results
 */
public record Sp500Result(Sp500Settings settings, String source, LocalDate firstDate, LocalDate lastDate, int rows,
        int trainRows, int trainSamples, int testSamples, LocalDate firstTestDate, List<Double> trainLoss,
        List<PredictionModeResult> modes) {

    /** Copies the lists. */
    public Sp500Result {
        trainLoss = List.copyOf(trainLoss);
        modes = List.copyOf(modes);
    }
}
