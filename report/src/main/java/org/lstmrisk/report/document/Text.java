package org.lstmrisk.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line of text as runs, each plain or bold; the renderers escape it for their format. This class is immutable
 * and thread-safe.
 *
 * @param runs the runs in order
 */
public record Text(List<Run> runs) {

    /** One run of characters, bold or not. */
    public record Run(String text, boolean bold) {

        /** Validates a non-null text. */
        public Run {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Copies the runs. */
    public Text {
        runs = List.copyOf(runs);
    }

    /** {@code text} as one plain run. */
    public static Text plain(String text) {
        return new Text(List.of(new Run(text, false)));
    }

    /** {@code text} as one bold run. */
    public static Text bold(String text) {
        return new Text(List.of(new Run(text, true)));
    }

    /** This text followed by {@code text}, plain. */
    public Text then(String text) {
        return append(new Run(text, false));
    }

    /** This text followed by {@code text}, bold. */
    public Text thenBold(String text) {
        return append(new Run(text, true));
    }

    private Text append(Run run) {
        List<Run> all = new ArrayList<>(runs);
        all.add(run);
        return new Text(all);
    }

    /** True when every run is empty. */
    public boolean isEmpty() {
        return runs.stream().allMatch(r -> r.text().isEmpty());
    }
}
