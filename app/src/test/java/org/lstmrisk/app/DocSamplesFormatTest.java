package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample format of {@link DocSamples} and the matching and regeneration of {@link LineGlob}, without running. */
class DocSamplesFormatTest {

    @TempDir
    Path tmp;

    @Test
    void glob_matchesExactly_upToTrailingBlanksAndInstants() {
        LineGlob g = new LineGlob(List.of("a", "", "run at 2026-11-21T22:04:35.042Z by j.doe"));
        assertTrue(g.matches(List.of("a  ", "", "run at 2027-01-02T03:04:05Z by j.doe")));
        assertFalse(g.matches(List.of("a", "", "run at 2026-11-21T22:04:35.042Z by j.do")), "a changed character");
        assertFalse(g.matches(List.of("a", "run at 2026-11-21T22:04:35.042Z by j.doe")), "a missing line");
        assertFalse(g.matches(List.of("a", "", "run at 2026-11-21T22:04:35.042Z by j.doe", "x")), "an extra line");
        assertFalse(g.matches(List.of(" a", "", "run at 2026-11-21T22:04:35.042Z by j.doe")), "leading blanks count");
    }

    @Test
    void glob_ellipsis_standsForAnyRunOfLines_betweenAnchoredEnds() {
        LineGlob g = new LineGlob(List.of("head", "...", "middle", "...", "tail"));
        assertTrue(g.matches(List.of("head", "middle", "tail")));
        assertTrue(g.matches(List.of("head", "1", "2", "middle", "3", "tail")));
        assertFalse(g.matches(List.of("x", "head", "middle", "tail")), "the first segment is anchored");
        assertFalse(g.matches(List.of("head", "middle", "tail", "x")), "the last segment is anchored");
        assertFalse(g.matches(List.of("head", "tail")), "the middle segment must appear");
        assertFalse(new LineGlob(List.of("a", "...", "a")).matches(List.of("a")), "head and tail may not overlap");
        assertTrue(new LineGlob(List.of("...")).matches(List.of()));
    }

    @Test
    void glob_regenerate_keepsAMatchingPattern_elseKeepsHeadAndTailCounts() {
        LineGlob g = new LineGlob(List.of("h1", "h2", "...", "mid", "...", "t1"));
        assertEquals(g, g.regenerate(List.of("h1", "h2", "x", "mid", "t1")));
        assertEquals(List.of("H1", "H2", "...", "T1"), g.regenerate(List.of("H1", "H2", "x", "y", "T1")).lines());
        assertEquals(List.of("H1", "T1"), g.regenerate(List.of("H1", "T1")).lines(), "too short to elide");
        assertEquals(List.of("new", "text"), new LineGlob(List.of("old")).regenerate(List.of("new", "text  ")).lines());
    }

    @Test
    void read_parsesCommandsOutputsExitCodesAndSessions() throws IOException {
        Path page = Files.writeString(tmp.resolve("P.md"), """
                # Page
                <!-- sample session=s1 -->
                ```text
                $ ./lstm-risk run --data ../shared/data/djia30 \\
                    --action "cut INTC to 2 %" --by 'j. doe'
                ...
                written: out/2024-03-08
                [exit 3]
                $ ./lstm-risk history --state state
                history state/history.db: 2 runs
                ```

                ```bash
                echo not a sample
                ```

                <!-- sample -->
                ```text
                $ ./lstm-risk demo --model ewma
                ```
                """);
        List<DocSamples.Sample> samples = DocSamples.read(page);
        assertEquals(2, samples.size());
        DocSamples.Sample first = samples.get(0);
        assertEquals("s1", first.session());
        assertEquals(2, first.line());
        assertEquals("P.md:2", first.where());
        assertEquals(List.of("run", "--data", "../shared/data/djia30", "--action", "cut INTC to 2 %", "--by", "j. doe"),
                first.steps().get(0).args());
        assertEquals(3, first.steps().get(0).exit());
        assertEquals(List.of("...", "written: out/2024-03-08"), first.steps().get(0).expected().lines());
        assertEquals(0, first.steps().get(1).exit());
        assertEquals(List.of("history state/history.db: 2 runs"), first.steps().get(1).expected().lines());
        assertEquals(List.of("$ ./lstm-risk run --data ../shared/data/djia30 \\",
                        "    --action \"cut INTC to 2 %\" --by 'j. doe'", "...", "written: out/2024-03-08", "[exit 3]",
                        "$ ./lstm-risk history --state state", "history state/history.db: 2 runs"),
                DocSamples.Sample.render(first.steps()), "rendering gives back the block");
        assertNull(samples.get(1).session());
        assertEquals(List.of(), samples.get(1).steps().get(0).expected().lines());
    }

    @Test
    void read_refusesOutputThatIsNotASample_andMalformedSamples() throws IOException {
        assertProblem("```text\nlstm-risk  as of 2024-03-08\n```\n", "P.md:1: a block of output must be a sample");
        assertProblem("```\nplain\n```\n", "P.md:1: a block of output must be a sample");
        assertProblem("<!-- sample -->\n```bash\n./lstm-risk demo\n```\n", "P.md:1: a sample comment must be followed");
        assertProblem("<!-- sample -->\n```text\noutput first\n```\n", "P.md:3: a sample starts with a command line");
        assertProblem("<!-- sample sesion=x -->\n```text\n$ ./lstm-risk demo\n```\n", "P.md:1: malformed sample");
        assertProblem("<!-- sample -->\n```text\n$ ./lstm-risk demo\n[exit 3]\nmore\n```\n",
                "P.md:4: [exit N] must be the last line");
        assertProblem("<!-- sample -->\n```text\n$ ./lstm-risk demo\n", "P.md:2: code block is not closed");
    }

    private void assertProblem(String text, String message) throws IOException {
        Path page = Files.writeString(tmp.resolve("P.md"), text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocSamples.read(page));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
