package org.lstmrisk.nightly.history;

import java.nio.file.Path;
import java.util.Optional;
import org.lstmrisk.report.RiskReport;

/**
 * Where a run is recorded once its report is published: the history of a state folder, or nowhere.
 */
@FunctionalInterface
public interface RunLog {

    /** Records nothing (a run without {@code --state}, and the demo). */
    RunLog NONE = (report, reportDir, exitCode, extra) -> Optional.empty();

    /**
     * Records a run whose report is published, in one transaction.
     *
     * @param report    the run's result
     * @param reportDir the published report folder
     * @param exitCode  the run's exit code (0 or 3)
     * @return what was recorded, or empty when nothing is
     * @throws HistoryException when the history cannot be written (the transaction is rolled back)
     */
    default Optional<RecordedRun> record(RiskReport report, Path reportDir, int exitCode) {
        return record(report, reportDir, exitCode, InTransaction.NONE);
    }

    /**
     * Records a run whose report is published and {@code extra} rows (the run's new model generation) in one
     * transaction: the commit point of a nightly run.
     *
     * @throws HistoryException when the history cannot be written (the transaction is rolled back)
     */
    Optional<RecordedRun> record(RiskReport report, Path reportDir, int exitCode, InTransaction extra);
}
