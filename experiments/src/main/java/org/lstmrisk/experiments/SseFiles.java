package org.lstmrisk.experiments;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.MarkdownRenderer;

/**
 * The files of {@code lstm-risk experiment sse}: {@code sse.json}, {@code sse.md}, loss-curve and error-histogram
 * SVGs of the published split per model, and {@code sse.html} inlining them. Stateless.
 */
public final class SseFiles {

    private final SseTables tables;
    private final ExperimentCharts charts;
    private final ExperimentJson json;
    private final ExperimentPage page;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Files built from these collaborators. */
    public SseFiles(SseTables tables, ExperimentCharts charts, ExperimentJson json, ExperimentPage page) {
        this.tables = tables;
        this.charts = charts;
        this.json = json;
        this.page = page;
    }

    /** File name → bytes, in a fixed order. */
    public Map<String, byte[]> files(SseResult result) {
        Document document = tables.document(result);
        String md = markdown.render(document);
        SseRun main = result.main();
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("LSTM loss per epoch", charts.lossCurve("LSTM: training and validation loss", main.lstm(), "loss-lstm"));
        svgs.put("RNN loss per epoch", charts.lossCurve("RNN: training and validation loss", main.rnn(), "loss-rnn"));
        svgs.put("LSTM test errors", charts.errorHistogram("LSTM: test errors (index points)",
                main.lstm().testErrors(), "errors-lstm"));
        svgs.put("RNN test errors", charts.errorHistogram("RNN: test errors (index points)",
                main.rnn().testErrors(), "errors-rnn"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sse.json", json.write("sse", result));
        files.put("sse.md", utf8(md));
        String[] names = {"loss-lstm.svg", "loss-rnn.svg", "errors-lstm.svg", "errors-rnn.svg"};
        int i = 0;
        for (String svg : svgs.values()) {
            files.put(names[i++], utf8(svg));
        }
        files.put("sse.html", utf8(page.render("SSE Composite: LSTM versus RNN", document, svgs)));
        return files;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
