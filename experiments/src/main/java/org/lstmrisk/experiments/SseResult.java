package org.lstmrisk.experiments;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole SSE experiment: the run on the published 70/15/15 split and the repeats with random splits. This
 * class is immutable and thread-safe.
 *
 * @param settings  the set-up
 * @param source    the data file as given
 * @param firstDate the first close used
 * @param lastDate  the last close used
 * @param closes    the number of closes used
 * @param main      the run on the published split
 * @param repeats   the runs on random splits
 */
public record SseResult(SseSettings settings, String source, LocalDate firstDate, LocalDate lastDate, int closes,
        SseRun main, List<SseRun> repeats) {

    /** Copies the repeats. */
    public SseResult {
        repeats = List.copyOf(repeats);
    }
}
