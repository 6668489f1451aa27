package org.lstmrisk.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.lstmrisk.report.document.Block;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.MarkdownRenderer;
import org.lstmrisk.report.document.Text;

/**
 * The SSE experiment as a {@link Document}: the measured table beside the published one and the naive row, the
 * repeats with mean ± sd, and the method notes. Its Markdown is printed on stdout and written to {@code sse.md}; its
 * HTML is the body of {@code sse.html}. Stateless.
 */
public final class SseTables {

    private static final List<String> METRICS = List.of("MAE", "RMSE", "R²", "R");

    /** The Markdown report of {@code result}. */
    public String markdown(SseResult result) {
        return new MarkdownRenderer().render(document(result));
    }

    /** The report of {@code result}. */
    public Document document(SseResult result) {
        SseRun main = result.main();
        SseSettings s = result.settings();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.plain("SSE Composite: LSTM versus RNN (index points)")));
        blocks.add(paragraph(String.format(Locale.ROOT, "Data: %s, %s to %s, %d closes. Window %d closes → next close; "
                + "layers %s; %d epochs, batch %d, Adam 1e-3, MSE, seed %d.", result.source(),
                result.firstDate(), result.lastDate(), result.closes(), s.window(), s.recurrentSizes(), s.epochs(),
                s.batchSize(), s.seed())));
        blocks.add(paragraph(String.format(Locale.ROOT, "Published split 70/15/15: %d train, %d validation, %d test "
                + "samples; test days %s to %s.", main.split().train(), main.split().validation(), main.split().test(),
                main.firstTestDate(), main.lastTestDate())));
        List<String> header = new ArrayList<>(List.of("model"));
        header.addAll(METRICS);
        METRICS.forEach(m -> header.add("published " + m));
        header.add("best epoch");
        List<List<Text>> rows = List.of(
                row("LSTM", main.lstm().test(), PublishedSseTable.lstm(), main.lstm().bestEpoch()),
                row("RNN", main.rnn().test(), PublishedSseTable.rnn(), main.rnn().bestEpoch()),
                row("naive (tomorrow = today)", main.naive(), null, 0));
        blocks.add(new Block.Table(header, firstLeft(header.size()), rows));
        if (!result.repeats().isEmpty()) {
            blocks.add(new Block.Heading(3, Text.plain("Repeats with random splits (train ~ U(0.6, 0.8), validation ~ "
                    + "U(0.1, 0.2), rest test)")));
            blocks.add(repeats(result.repeats()));
        }
        blocks.add(notes(main));
        return new Document(blocks);
    }

    private static Block.Table repeats(List<SseRun> runs) {
        List<String> header = new ArrayList<>(List.of("run", "train", "val", "test", "test n"));
        for (String model : List.of("LSTM", "RNN", "naive")) {
            METRICS.forEach(m -> header.add(model + " " + m));
        }
        List<List<Text>> rows = new ArrayList<>();
        for (SseRun r : runs) {
            List<String> cells = new ArrayList<>(List.of(r.label(), f("%.3f", r.fractions().train()),
                    f("%.3f", r.fractions().validation()), f("%.3f", r.fractions().test()),
                    Integer.toString(r.split().test())));
            for (RegressionMetrics m : List.of(r.lstm().test(), r.rnn().test(), r.naive())) {
                cells.addAll(List.of(f("%.2f", m.mae()), f("%.2f", m.rmse()), f("%.4f", m.rSquared()),
                        f("%.4f", m.r())));
            }
            rows.add(cells.stream().map(Text::plain).toList());
        }
        List<Text> mean = new ArrayList<>(List.of(Text.bold("mean ± sd")));
        mean.addAll(Collections.nCopies(4, Text.plain("")));
        List<Function<SseRun, RegressionMetrics>> models = List.of(r -> r.lstm().test(), r -> r.rnn().test(),
                SseRun::naive);
        for (Function<SseRun, RegressionMetrics> which : models) {
            List<RegressionMetrics> ms = runs.stream().map(which).toList();
            Stream.of(meanSd(ms, RegressionMetrics::mae, "%.2f"), meanSd(ms, RegressionMetrics::rmse, "%.2f"),
                    meanSd(ms, RegressionMetrics::rSquared, "%.4f"), meanSd(ms, RegressionMetrics::r, "%.4f"))
                    .map(Text::plain).forEach(mean::add);
        }
        rows.add(mean);
        return new Block.Table(header, firstLeft(header.size()), rows);
    }

    private static String meanSd(List<RegressionMetrics> ms, ToDoubleFunction<RegressionMetrics> f, String format) {
        MeanSd m = MeanSd.of(ms.stream().mapToDouble(f).toArray());
        return f(format + " ± " + format, m.mean(), m.sd());
    }

    private static List<Text> row(String name, RegressionMetrics m, PublishedSseTable p, int bestEpoch) {
        List<String> cells = new ArrayList<>(List.of(name, f("%.2f", m.mae()), f("%.2f", m.rmse()),
                f("%.4f", m.rSquared()), f("%.4f", m.r())));
        if (p == null) {
            cells.addAll(Collections.nCopies(5, "—"));
        } else {
            cells.addAll(List.of(f("%.2f", p.mae()), f("%.2f", p.rmse()), f("%.2f", p.rSquared()), f("%.2f", p.r()),
                    Integer.toString(bestEpoch)));
        }
        return cells.stream().map(Text::plain).toList();
    }

    /** The first column (names) left-aligned, the numbers right-aligned. */
    static List<Block.Align> firstLeft(int columns) {
        List<Block.Align> align = new ArrayList<>(Collections.nCopies(columns, Block.Align.RIGHT));
        align.set(0, Block.Align.LEFT);
        return align;
    }

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(Text.plain(text));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static Block.Bullets notes(SseRun main) {
        return new Block.Bullets(Text.plain("Method notes:"), Stream.of(
                f("The min-max scaler is fitted on the closes of the training samples only (%.2f to %.2f index "
                        + "points), not on all data, to avoid look-ahead; the published study may have scaled on all "
                        + "data. Test closes outside that range scale outside [0, 1].", main.scalerMin(),
                        main.scalerMax()),
                "Every epoch is run (no early stop); the weights of the epoch with the lowest validation MSE are kept "
                        + "(\"best epoch\"). No gradient clipping, dropout or weight decay.",
                "Metrics are on the test slice after inverse scaling, in index points; R² = 1 − SSE/SST around the "
                        + "test mean, R is Pearson's. The naive row predicts each test close by the previous close, on "
                        + "the same test days.",
                "Repeats: the split shares are drawn from one generator seeded with the seed; repeat k trains with "
                        + "seed + k. Splits stay chronological (train, then validation, then test).")
                .map(Text::plain).toList());
    }
}
