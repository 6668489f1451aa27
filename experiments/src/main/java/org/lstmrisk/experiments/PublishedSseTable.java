package org.lstmrisk.experiments;

/**
 * The published SSE Composite table (test slice, index points): LSTM MAE 16.02, RMSE 26.88, R² 0.97, R 0.99;
 * RNN 27.84, 39.69, 0.93, 0.98. The study gives no naive row. This class is immutable and thread-safe.
 *
 * @param model    "LSTM" or "RNN"
 * @param mae      mean absolute error, index points
 * @param rmse     root mean squared error, index points
 * @param rSquared coefficient of determination
 * @param r        Pearson correlation
 */
public record PublishedSseTable(String model, double mae, double rmse, double rSquared, double r) {

    /** The published LSTM row. */
    public static PublishedSseTable lstm() {
        return new PublishedSseTable("LSTM", 16.02, 26.88, 0.97, 0.99);
    }

    /** The published RNN row. */
    public static PublishedSseTable rnn() {
        return new PublishedSseTable("RNN", 27.84, 39.69, 0.93, 0.98);
    }
}
