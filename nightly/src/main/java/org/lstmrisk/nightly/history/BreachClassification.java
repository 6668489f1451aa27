package org.lstmrisk.nightly.history;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Why a reviewer thinks a limit was breached. */
public enum BreachClassification {

    /** The market moved: volatilities or correlations rose. */
    MARKET_MOVED("market-moved"),
    /** The positions changed: a trade or a new weight. */
    POSITION_CHANGE("position-change"),
    /** The input data is wrong (a bad price, a gap). */
    DATA_ISSUE("data-issue"),
    /** The model's forecast is wrong. */
    MODEL_ISSUE("model-issue");

    private final String label;

    BreachClassification(String label) {
        this.label = label;
    }

    /** The name used on the command line and in the history, e.g. {@code market-moved}. */
    public String label() {
        return label;
    }

    /** Every label, in declaration order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(BreachClassification::label).toList();
    }

    /**
     * The classification called {@code label} (case-insensitive; {@code MARKET_MOVED} is accepted too).
     *
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static BreachClassification parse(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (BreachClassification c : values()) {
            if (c.label.equals(l)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown breach classification '" + label + "'; use one of "
                + String.join(", ", labels()));
    }
}
