package org.lstmrisk.experiments;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The SSE experiment as Markdown: the measured table beside the published one and the naive row, the repeats
 * with mean ± sd, and the method notes. The same text is printed on stdout and written to {@code sse.md}.
 * Stateless.
 */
public final class SseTables {

    /** The Markdown report of {@code result}. */
    public String markdown(SseResult result) {
        SseRun main = result.main();
        SseSettings s = result.settings();
        StringBuilder sb = new StringBuilder();
        sb.append("## SSE Composite: LSTM versus RNN (index points)\n\n");
        sb.append(String.format(Locale.ROOT, "Data: %s, %s to %s, %d closes. Window %d closes → next close; "
                + "layers %s; %d epochs, batch %d, Adam 1e-3, MSE, seed %d.%n%n", result.source(),
                result.firstDate(), result.lastDate(), result.closes(), s.window(), s.recurrentSizes(), s.epochs(),
                s.batchSize(), s.seed()));
        sb.append(String.format(Locale.ROOT, "Published split 70/15/15: %d train, %d validation, %d test samples; "
                + "test days %s to %s.%n%n", main.split().train(), main.split().validation(), main.split().test(),
                main.firstTestDate(), main.lastTestDate()));
        sb.append("| model | MAE | RMSE | R² | R | published MAE | published RMSE | published R² | published R |"
                + " best epoch |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(sb, "LSTM", main.lstm().test(), PublishedSseTable.lstm(), main.lstm().bestEpoch());
        row(sb, "RNN", main.rnn().test(), PublishedSseTable.rnn(), main.rnn().bestEpoch());
        row(sb, "naive (tomorrow = today)", main.naive(), null, 0);
        sb.append('\n');
        if (!result.repeats().isEmpty()) {
            repeats(sb, result);
        }
        sb.append(notes(main));
        return sb.toString();
    }

    private static void repeats(StringBuilder sb, SseResult result) {
        sb.append("### Repeats with random splits (train ~ U(0.6, 0.8), validation ~ U(0.1, 0.2), rest test)\n\n");
        sb.append("| run | train | val | test | test n | LSTM MAE | LSTM RMSE | LSTM R² | LSTM R | RNN MAE |"
                + " RNN RMSE | RNN R² | RNN R | naive MAE | naive RMSE | naive R² | naive R |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<SseRun> runs = result.repeats();
        for (SseRun r : runs) {
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |", r.label(), r.fractions().train(),
                    r.fractions().validation(), r.fractions().test(), r.split().test()));
            for (RegressionMetrics m : List.of(r.lstm().test(), r.rnn().test(), r.naive())) {
                sb.append(String.format(Locale.ROOT, " %.2f | %.2f | %.4f | %.4f |", m.mae(), m.rmse(), m.rSquared(),
                        m.r()));
            }
            sb.append('\n');
        }
        sb.append("| **mean ± sd** | | | | |");
        List<Function<SseRun, RegressionMetrics>> models = List.of(r -> r.lstm().test(), r -> r.rnn().test(),
                SseRun::naive);
        for (Function<SseRun, RegressionMetrics> which : models) {
            List<RegressionMetrics> ms = runs.stream().map(which).toList();
            sb.append(meanSd(ms, RegressionMetrics::mae, "%.2f")).append(meanSd(ms, RegressionMetrics::rmse, "%.2f"))
                    .append(meanSd(ms, RegressionMetrics::rSquared, "%.4f")).append(meanSd(ms, RegressionMetrics::r, "%.4f"));
        }
        sb.append("\n\n");
    }

    private static String meanSd(List<RegressionMetrics> ms, ToDoubleFunction<RegressionMetrics> f, String format) {
        MeanSd m = MeanSd.of(ms.stream().mapToDouble(f).toArray());
        return String.format(Locale.ROOT, " " + format + " ± " + format + " |", m.mean(), m.sd());
    }

    private static void row(StringBuilder sb, String name, RegressionMetrics m, PublishedSseTable p, int bestEpoch) {
        sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.4f | %.4f |", name, m.mae(), m.rmse(),
                m.rSquared(), m.r()));
        if (p == null) {
            sb.append(" — | — | — | — | — |\n");
        } else {
            sb.append(String.format(Locale.ROOT, " %.2f | %.2f | %.2f | %.2f | %d |%n", p.mae(), p.rmse(), p.rSquared(),
                    p.r(), bestEpoch));
        }
    }

    private static String notes(SseRun main) {
        return String.format(Locale.ROOT, """
                Method notes:
                - The min-max scaler is fitted on the closes of the training samples only (%.2f to %.2f index points), \
                not on all data, to avoid look-ahead; the published study may have scaled on all data. Test closes \
                outside that range scale outside [0, 1].
                - Every epoch is run (no early stop); the weights of the epoch with the lowest validation MSE are kept \
                ("best epoch"). No gradient clipping, dropout or weight decay.
                - Metrics are on the test slice after inverse scaling, in index points; R² = 1 − SSE/SST around the \
                test mean, R is Pearson's. The naive row predicts each test close by the previous close, on the same \
                test days.
                - Repeats: the split shares are drawn from one generator seeded with the seed; repeat k trains with \
                seed + k. Splits stay chronological (train, then validation, then test).
                """, main.scalerMin(), main.scalerMax());
    }
}
