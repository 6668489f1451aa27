package org.lstmrisk.lstm;

/**
 * Tracks the best epoch by validation loss and decides when patience has run out. Without a validation
 * set every epoch counts as the best so far (the last one wins). Confined to one thread.
 */
final class EarlyStopping {

    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int sinceBest;

    /** A tracker stopping after {@code patience} epochs without improvement (0: never). */
    EarlyStopping(int patience) {
        this.patience = patience;
    }

    /**
     * Records {@code epoch}; without a validation set it is always the new best, with one it is when its loss
     * is below every earlier one (a NaN loss never is).
     *
     * @return true when this epoch is the new best
     */
    boolean record(int epoch, boolean hasValidation, double validationLoss) {
        if (!hasValidation || validationLoss < bestLoss) {
            if (hasValidation) {
                bestLoss = validationLoss;
            }
            bestEpoch = epoch;
            sinceBest = 0;
            return true;
        }
        sinceBest++;
        return false;
    }

    /** Whether patience has run out. */
    boolean shouldStop() {
        return patience > 0 && sinceBest >= patience;
    }

    /** The 1-based best epoch so far (0 before the first). */
    int bestEpoch() {
        return bestEpoch;
    }
}
