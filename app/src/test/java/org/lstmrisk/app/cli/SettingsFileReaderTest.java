package org.lstmrisk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.io.DataInputException;

/** The run configuration file: every key, and each mistake with file, line and key. */
class SettingsFileReaderTest {

    @TempDir
    Path dir;

    private final SettingsFileReader reader = new SettingsFileReader();

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("run.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private void fails(String yaml, long line, String field, String... fragments) throws IOException {
        Path f = file(yaml);
        DataInputException e = assertThrows(DataInputException.class, () -> reader.read(f));
        assertEquals(f, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        for (String s : fragments) {
            assertTrue(e.reason().contains(s), "'" + s + "' not in: " + e.reason());
        }
    }

    @Test
    void everyKey() throws Exception {
        SettingsFile s = reader.read(file("""
                data: ../shared/data/djia30
                weights: examples/weights.csv
                limits: examples/limits.yaml
                asOf: 2024-03-08
                model: ewma
                horizonDays: 10
                correlationWindowDays: 120
                maxForwardFillDays: 0
                ewmaLambda: 0.97
                threads: 2
                epochs: 30
                out: out
                state: state
                historyUrl: jdbc:sqlite:x.db
                missingRows: strict
                suspensions: keep
                calendars: fill
                jumps: winsorise
                jumpThreshold: 0.3
                varMethod: fhs
                varWindowDays: 500
                correlationEstimator: Shrinkage
                lstmPreset: small
                gdp: GDPC1.csv
                """));
        assertEquals(new SettingsFile("../shared/data/djia30", "examples/weights.csv", "examples/limits.yaml",
                LocalDate.of(2024, 3, 8), "ewma", 10, 120, 0, 0.97, 2, 30, "out", "state", "jdbc:sqlite:x.db",
                "strict", "keep", "fill", "winsorise", 0.3, "fhs", 500, "shrinkage", "small",
                "GDPC1.csv"), s);
    }

    @Test
    void badPolicyValue_namesFileLineAndKey() throws Exception {
        Path f = file("model: ewma\nsuspensions: ignore\n");
        DataInputException e = org.junit.jupiter.api.Assertions.assertThrows(DataInputException.class,
                () -> reader.read(f));
        assertEquals(2, e.line());
        assertEquals("suspensions", e.field());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("[drop, keep, strict]"), e.getMessage());
    }

    @Test
    void unknownCorrelationEstimator_namesTheLineAndKey() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.lstmrisk.io.DataInputException.class,
                () -> reader.read(file("model: ewma\ncorrelationEstimator: lasso\n")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("line 2")
                && e.getMessage().contains("correlationEstimator") && e.getMessage().contains("lasso"), e.getMessage());
    }

    @Test
    void emptyFilesAndKeysWithoutValue_areAbsent() throws Exception {
        assertEquals(SettingsFile.EMPTY, reader.read(file("")));
        assertEquals(SettingsFile.EMPTY, reader.read(file("# nothing\n")));
        assertEquals(SettingsFile.EMPTY, reader.read(file("model:\nthreads: ~\n")));
        assertEquals("123", reader.read(file("out: 123\n")).out());
    }

    @Test
    void mistakesNameLineAndKey() throws Exception {
        fails("model: ewma\nhorizonDays: 1\ncorrelationWindow: 100\n", 3, "correlationWindow", "unknown key",
                "correlationWindowDays");
        fails("model: ewma\nhorizonDays: ten\n", 2, "horizonDays", "whole number", "'ten'");
        fails("model: ewma\n\nhorizonDays: 1.5\n", 3, "horizonDays", "whole number");
        fails("ewmaLambda: high\n", 1, "ewmaLambda", "number", "'high'");
        fails("asOf: 2024-02-30\n", 1, "asOf", "YYYY-MM-DD");
        fails("model: [ewma]\n", 1, "model", "single value", "a list");
        fails("model: ewma\nmodel: garch\n", 2, "model", "twice", "line 1");
        fails("- model\n", 1, "", "mapping");
        fails("model: &m ewma\nout: *m\n", 2, "out", "aliases", "configuration file");
        fails("model: ewma\n  out: x\n", 2, "", "malformed YAML");
    }
}
