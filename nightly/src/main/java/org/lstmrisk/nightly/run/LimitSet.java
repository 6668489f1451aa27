package org.lstmrisk.nightly.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * These limits checked against the positions {@code held}, before anything is computed: a {@code scope}
     * ticker that is not held is left out of the limit's scope with a warning, and a limit whose scope holds no
     * held ticker at all is not checked (a warning says so), rather than failing the run after its models are
     * trained. Limits not active on {@code asOf} are kept as they are (the checker skips them).
     */
    public Scoped heldBy(List<String> held, LocalDate asOf) {
        Set<String> positions = Set.copyOf(held);
        List<Limit> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Limit limit : limits) {
            List<String> scope = limit.scope();
            if (!limit.isActiveOn(asOf) || positions.containsAll(scope)) {
                kept.add(limit);
                continue;
            }
            List<String> inScope = scope.stream().filter(positions::contains).toList();
            List<String> notHeld = scope.stream().filter(t -> !positions.contains(t)).toList();
            String named = source + ": limit '" + limit.name() + "' names " + String.join(", ", notHeld)
                    + (notHeld.size() == 1 ? ", which is not held" : ", which are not held");
            if (inScope.isEmpty()) {
                warnings.add(named + "; the limit was not checked");
            } else {
                warnings.add(named + "; checked for " + String.join(", ", inScope) + " only");
                kept.add(new Limit(limit.name(), limit.metric(), limit.limit(), limit.warn(), limit.hard(), inScope,
                        limit.from(), limit.to()));
            }
        }
        return new Scoped(new LimitSet(kept, source), warnings);
    }

    /**
     * Limits fitted to the positions held, and what was left out. This class is immutable and thread-safe.
     *
     * @param limits   the limits to check
     * @param warnings one sentence per limit whose scope named tickers that are not held
     */
    public record Scoped(LimitSet limits, List<String> warnings) {

        /** Copies the list. */
        public Scoped {
            Objects.requireNonNull(limits, "limits");
            warnings = List.copyOf(warnings);
        }
    }
}
