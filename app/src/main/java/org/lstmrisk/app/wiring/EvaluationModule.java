package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.evaluation.EvaluationFiles;
import org.lstmrisk.evaluation.Evaluator;
import org.lstmrisk.evaluation.FolderPublisher;
import org.lstmrisk.evaluation.ModelLineupFactory;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.portfolio.SampleCorrelation;

/** Wiring of {@code lstm-risk evaluate}: the model lineup, the evaluator and its outputs. */
public final class EvaluationModule extends AbstractModule {

    @Provides
    @Singleton
    ModelLineupFactory lineupFactory(ForecasterCatalog catalog) {
        return new ModelLineupFactory(catalog);
    }

    @Provides
    @Singleton
    Evaluator evaluator(SampleCorrelation correlation) {
        return new Evaluator(correlation);
    }

    @Provides
    @Singleton
    EvaluationFiles evaluationFiles() {
        return new EvaluationFiles();
    }

    @Provides
    @Singleton
    FolderPublisher folderPublisher() {
        return new FolderPublisher();
    }
}
