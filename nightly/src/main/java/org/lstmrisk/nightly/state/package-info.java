/**
 * The state of the nightly run inside {@code --state DIR}: per-ticker neural model files in immutable
 * generation folders ({@code DIR/models/gNNNNNN/<model>/<TICKER>.model}), the generation each committed run
 * left current (recorded in the history database, in the run's own transaction), and the predict–update plan
 * that decides, per ticker, whether a run bootstraps, updates, reuses, retrains or carries its model.
 *
 * <p>The commit protocol: validate everything and compute every model in memory; write a new generation folder
 * under a hidden name, fsync it and rename it into place; publish the report; then record the run and the new
 * current generation in ONE database transaction (the commit point); finally delete every other generation
 * folder. A run killed before the commit leaves the previous generation current (its folders are ignored and
 * collected by the next successful run); after the commit, the new one. Classical models (EWMA, GARCH, HAR,
 * persistence) are cheap and deterministic: they are refitted from the data each night and not stored. A
 * combination such as {@code lstm+gjr} stores its neural part under the neural model's name, as a run of that
 * model alone does, and refits its classical parts each night.
 */
package org.lstmrisk.nightly.state;
