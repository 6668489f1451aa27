package org.lstmrisk.nightly.run;

import java.util.List;
import java.util.Objects;
import org.lstmrisk.portfolio.limits.Limit;

/**
 * The limits a run checks and where they came from. This class is immutable and thread-safe.
 *
 * @param limits the limits, in file order
 * @param source the limits file, or {@code "none"}
 */
public record LimitSet(List<Limit> limits, String source) {

    /** No limits. */
    public static final LimitSet NONE = new LimitSet(List.of(), "none");

    /** Copies the list. */
    public LimitSet {
        limits = List.copyOf(limits);
        Objects.requireNonNull(source, "source");
    }
}
