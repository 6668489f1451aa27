package org.lstmrisk.report;

import java.time.LocalDate;

/**
 * A stored model that a run carries forward unchanged because its ticker is not one of the run's positions.
 * This class is immutable and thread-safe.
 *
 * @param ticker   the ticker
 * @param lastDate the last date the model learned
 * @param reason   {@code not in the data} or {@code not a position}
 */
public record CarriedModel(String ticker, LocalDate lastDate, String reason) {
}
