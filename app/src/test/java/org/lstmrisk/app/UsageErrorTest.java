package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;

/** Bad usage gets one line on stderr naming the problem and the help to read, exit 2, and nothing written. */
class UsageErrorTest {

    @TempDir
    Path tmp;

    @Test
    void malformedAsOf_isOneLineNamingOptionAndValue() {
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("demo", "--model", "ewma", "--as-of", "2024-13-01", "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertEquals("lstm-risk: --as-of: '2024-13-01' is not a date (YYYY-MM-DD); see 'lstm-risk demo --help'\n",
                cli.err().replace("\r\n", "\n"));
        assertEquals("", cli.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void impossibleDayOfRunAsOf_isRefusedInOneLine() {
        Cli cli = Cli.run("run", "--data", tmp.toString(), "--as-of", "2024-02-30");
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertEquals("lstm-risk: --as-of: '2024-02-30' is not a date (YYYY-MM-DD); see 'lstm-risk run --help'\n",
                cli.err().replace("\r\n", "\n"));
    }

    @Test
    void evaluateDates_areCheckedTheSameWay() {
        Cli from = Cli.run("evaluate", "--data", tmp.toString(), "--models", "ewma", "--from", "01/02/2024");
        assertEquals(ExitCode.BAD_INPUT, from.exitCode(), from::toString);
        assertEquals("lstm-risk: --from: '01/02/2024' is not a date (YYYY-MM-DD); see 'lstm-risk evaluate --help'\n",
                from.err().replace("\r\n", "\n"));
        Cli to = Cli.run("evaluate", "--data", tmp.toString(), "--models", "ewma", "--to", "2024-1-5");
        assertEquals(ExitCode.BAD_INPUT, to.exitCode(), to::toString);
        assertEquals("lstm-risk: --to: '2024-1-5' is not a date (YYYY-MM-DD); see 'lstm-risk evaluate --help'\n",
                to.err().replace("\r\n", "\n"));
    }

    @Test
    void unknownOption_isOneLineWithoutTheUsageText() {
        Cli cli = Cli.run("run", "--bogus");
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertEquals("lstm-risk: Unknown option: '--bogus'; see 'lstm-risk run --help'\n",
                cli.err().replace("\r\n", "\n"));
    }

    @Test
    void sparkEngineWithoutSpark_isOneLineNamingTheLauncher_andWritesNothing() {
        Path out = tmp.resolve("out");
        Path state = tmp.resolve("state");
        Cli run = Cli.run("run", "--data", tmp.toString(), "--engine", "spark", "--out", out.toString(), "--state",
                state.toString());
        Cli evaluate = Cli.run("evaluate", "--data", tmp.toString(), "--engine", "spark", "--out", out.toString());
        for (Cli cli : new Cli[] {run, evaluate}) {
            assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
            String err = cli.err().replace("\r\n", "\n");
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("--engine spark needs the Spark build: run ./lstm-risk-spark"), err);
        }
        Cli master = Cli.run("run", "--data", tmp.toString(), "--master", "local[2]");
        assertEquals(ExitCode.BAD_INPUT, master.exitCode(), master::toString);
        assertTrue(master.err().contains("--master is for --engine spark"), master::toString);
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(state));
    }
}
