package org.lstmrisk.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.lstmrisk.report.document.Block;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.MarkdownRenderer;
import org.lstmrisk.report.document.Text;

/**
 * The S&amp;P 500 experiment as a {@link Document}: its Markdown is printed on stdout and written to
 * {@code sp500.md}; its HTML is the body of {@code sp500.html}. Stateless.
 */
public final class Sp500Tables {

    /** The Markdown report of {@code result}. */
    public String markdown(Sp500Result result) {
        return new MarkdownRenderer().render(document(result));
    }

    /** The report of {@code result}. */
    public Document document(Sp500Result result) {
        Sp500Settings s = result.settings();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.plain("S&P 500 window normalisation (normalised values)")));
        blocks.add(new Block.Paragraph(Text.plain(String.format(Locale.ROOT, "Data: %s, %s to %s, %d rows (Close, "
                + "Volume). Windows of %d rows normalised by their first row (p / p0 − 1); %d inputs → the last row's "
                + "close. Split %.2f: %d training rows (%d windows), %d test windows from %s. LSTM %s, dropout %.1f, "
                + "%d epochs, batch %d, Adam 1e-3, MSE, seed %d; final training MSE %.3g.", result.source(),
                result.firstDate(), result.lastDate(), result.rows(), s.window(), s.window() - 1, s.trainShare(),
                result.trainRows(), result.trainSamples(), result.testSamples(), result.firstTestDate(),
                s.recurrentSizes(), s.dropout(), s.epochs(), s.batchSize(), s.seed(),
                result.trainLoss().get(result.trainLoss().size() - 1)))));
        List<String> header = List.of("mode", "steps", "RMSE (normalised)", "naive RMSE", "R", "direction accuracy",
                "up share");
        List<List<Text>> rows = new ArrayList<>();
        for (PredictionModeResult m : result.modes()) {
            rows.add(Stream.of(m.mode(), Integer.toString(m.network().observations()),
                    String.format(Locale.ROOT, "%.4f", m.network().rmse()),
                    String.format(Locale.ROOT, "%.4f", m.naive().rmse()),
                    String.format(Locale.ROOT, "%.3f", m.network().r()),
                    String.format(Locale.ROOT, "%.1f %%", 100 * m.directionAccuracy()),
                    String.format(Locale.ROOT, "%.1f %%", 100 * m.upShare())).map(Text::plain).toList());
        }
        blocks.add(new Block.Table(header, SseTables.firstLeft(header.size()), rows));
        blocks.add(new Block.Bullets(Text.plain("Method notes:"), Stream.of(
                "Normalised values are p / p_base − 1 with p_base the first close of the window the prediction "
                        + "started from: each sample's own window point by point, the single seed window for the full "
                        + "sequence, each restart's window (every 50 steps) for multi-sequence.",
                "Naive: the last true close of the starting window, held flat (tomorrow = today point by point). "
                        + "Its direction is never right, so the direction baseline is the up share: the hit rate of "
                        + "always forecasting a rise.",
                "Direction: sign of predicted − reference against actual − reference; the reference is the last "
                        + "true close point by point, and the previous predicted (resp. actual) value inside a "
                        + "fed-back sequence.",
                "Fed back: a prediction becomes the newest row's close; its volume repeats the previous row's "
                        + "(the tutorial copies the predicted close into every column).",
                "Dropout acts on the inputs of layers 2 and 3 and of the output (the tutorial: after layers 1 and 3).")
                .map(Text::plain).toList()));
        return new Document(blocks);
    }
}
