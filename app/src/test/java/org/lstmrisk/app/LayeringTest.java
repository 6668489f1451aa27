package org.lstmrisk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the modules, stated once and checked on the compiled production classes of every module
 * (the Maven module dependencies enforce it at compile time too; this test also fails on a new module
 * dependency that goes against the direction, and on a package cycle inside a module).
 *
 * <pre>
 * risk-core  ←  lstm-model, portfolio, io  ←  forecasters  ←  report  ←  evaluation, nightly, experiments  ←  app
 * </pre>
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // a module's test-jar (nightly's PostgreSQL fixture) when Maven takes it from the local repository
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.lstmrisk");
    }

    @Test
    void test_modules_dependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("risk-core").definedBy("org.lstmrisk.core..")
                .layer("lstm-model").definedBy("org.lstmrisk.lstm..")
                .layer("portfolio").definedBy("org.lstmrisk.portfolio..")
                .layer("io").definedBy("org.lstmrisk.io..")
                .layer("forecasters").definedBy("org.lstmrisk.forecasters..")
                .layer("report").definedBy("org.lstmrisk.report..")
                .layer("evaluation").definedBy("org.lstmrisk.evaluation..")
                .layer("nightly").definedBy("org.lstmrisk.nightly..")
                .layer("experiments").definedBy("org.lstmrisk.experiments..")
                .layer("app").definedBy("org.lstmrisk.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("nightly").mayOnlyBeAccessedByLayers("app")
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("app")
                .whereLayer("experiments").mayOnlyBeAccessedByLayers("app")
                .whereLayer("report").mayOnlyBeAccessedByLayers("evaluation", "nightly", "experiments", "app")
                .whereLayer("forecasters").mayOnlyBeAccessedByLayers("evaluation", "nightly", "app")
                .whereLayer("io").mayOnlyBeAccessedByLayers("report", "evaluation", "nightly", "experiments", "app")
                .whereLayer("portfolio").mayOnlyBeAccessedByLayers("report", "evaluation", "nightly", "app")
                .whereLayer("lstm-model").mayOnlyBeAccessedByLayers("forecasters", "nightly", "experiments", "app")
                .check(classes);
    }

    @Test
    void test_noPackageCycles() {
        slices().matching("org.lstmrisk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void test_onlyAppUsesGuiceAndPicocli() {
        noClasses().that().resideOutsideOfPackage("org.lstmrisk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "picocli..")
                .check(classes);
    }

    @Test
    void test_portfolioStaysLight() {
        noClasses().that().resideInAPackage("org.lstmrisk.portfolio..")
                .should().dependOnClassesThat().resideInAnyPackage("tech.tablesaw..", "com.google.inject..",
                        "jakarta.inject..", "org.lstmrisk.lstm..", "org.lstmrisk.io..")
                .check(classes);
    }
}
