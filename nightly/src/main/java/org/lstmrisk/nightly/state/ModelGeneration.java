package org.lstmrisk.nightly.state;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A committed set of model files: generation {@code number} (0 for none yet) and its entries, sorted by model
 * and ticker. This class is immutable and thread-safe.
 *
 * @param number  the generation number, 0 before the first generation is committed
 * @param entries one per (model, ticker)
 */
public record ModelGeneration(long number, List<ModelEntry> entries) {

    /** No models: a state folder before its first neural run. */
    public static final ModelGeneration EMPTY = new ModelGeneration(0, List.of());

    /** Sorts and copies the entries; checks the number and that (model, ticker) pairs are unique. */
    public ModelGeneration {
        if (number < 0) {
            throw new IllegalArgumentException("generation number must be >= 0, was " + number);
        }
        entries = entries.stream()
                .sorted(Comparator.comparing(ModelEntry::model).thenComparing(ModelEntry::ticker))
                .toList();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).is(entries.get(i - 1).model(), entries.get(i - 1).ticker())) {
                throw new IllegalArgumentException("two entries for " + entries.get(i).model() + " "
                        + entries.get(i).ticker());
            }
        }
    }

    /** {@code model}'s entry for {@code ticker}, if the generation has one. */
    public Optional<ModelEntry> entry(String model, String ticker) {
        return entries.stream().filter(e -> e.is(model, ticker)).findFirst();
    }

    /** The entries of {@code model}, by ticker. */
    public List<ModelEntry> entries(String model) {
        return entries.stream().filter(e -> e.model().equals(model)).toList();
    }
}
