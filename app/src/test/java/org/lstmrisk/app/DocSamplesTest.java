package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample output in {@code README.md} and {@code docs/*.md} is what its command prints today. Each sample
 * (see {@link DocSamples} for the format: {@code <!-- sample -->} before a {@code ```text} block of
 * {@code $ ./lstm-risk ...} lines and their output, {@code ...} eliding lines, {@code [exit N]}) is run in-process,
 * as if from the project folder: {@code ../shared/data/...} and files of the project (e.g. {@code examples/...})
 * are read from there, other relative paths of {@code --out}, {@code --state} and {@code --report} go to a temporary
 * folder, and {@code run} and {@code demo} without {@code --out} write to that folder's {@code out}. In the output,
 * those folders are written back as the sample wrote them. The exit code and the output (stdout, then stderr) must
 * match, up to trailing blanks and UTC instants. Also {@code docs/report-screenshot.png}: the run its caption names
 * must still give the report.json whose SHA-256 {@code docs/report-screenshot.txt} records.
 *
 * <p>Samples that read {@code ../shared/data} are skipped when it is absent, except under {@code CI=true}, where
 * that fails.
 *
 * <p><b>After a change of output or default</b>, rewrite every sample block in place with the output of today
 * (kept {@code ...} elisions: the same number of first and last lines around one {@code ...}), review the diff and
 * commit it:
 * <pre>
 * mvn -B -q test -pl app -am -Dtest=DocSamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true
 * docs/make-screenshot.sh       # when the screenshot check fails: a new PNG and SHA-256 (needs the built jar)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocSamplesTest {

    private static final Set<String> PATH_OPTIONS = Set.of("--data", "--weights", "--limits", "--config", "--out",
            "--state", "--report");
    private static final Map<String, String> DEFAULT_OUT = Map.of("run", "out", "demo", "out/demo");
    static final String SHARED = "../shared/data";

    private final boolean update = Boolean.getBoolean("docs.update");
    private final Path repo = Path.of("").toAbsolutePath().getParent();
    private final Path shared = Path.of(System.getProperty("lstmrisk.sharedData", SHARED)).toAbsolutePath().normalize();
    private final Map<String, Path> sessions = new HashMap<>();
    private final Map<String, Ran> fresh = new HashMap<>();
    private final Map<DocSamples.Sample, List<DocSamples.Step>> updated = new LinkedHashMap<>();

    @TempDir
    Path tmp;

    /** What one command printed, in the folder it ran in (its output mapped back to the sample's paths). */
    private record Ran(int exit, List<String> output, Path folder) {
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsWhatItsCommandPrintsToday() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            List<DocSamples.Sample> samples = DocSamples.read(page);
            for (DocSamples.Sample s : samples) {
                // A session reads the shared data when any of its samples does: its later samples build on that one.
                boolean needsData = samples.stream().filter(o -> o == s || s.session() != null
                        && s.session().equals(o.session())).anyMatch(DocSamplesTest::readsSharedData);
                String name = s.where() + ": " + s.steps().get(s.steps().size() - 1).command().replace("\n", " ");
                tests.add(DynamicTest.dynamicTest(name, () -> check(s, needsData)));
            }
        }
        tests.add(DynamicTest.dynamicTest("report-screenshot.txt: the screenshot's run gives the same report.json",
                this::checkScreenshot));
        if (update) {
            tests.add(DynamicTest.dynamicTest("rewrite the sample blocks (-Ddocs.update=true)", this::rewrite));
        }
        return tests.stream();
    }

    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(repo.resolve("README.md")));
        try (Stream<Path> docs = Files.list(repo.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md"))
                    .sorted().forEach(pages::add);
        }
        return pages;
    }

    private static boolean readsSharedData(DocSamples.Sample sample) {
        return sample.steps().stream().anyMatch(s -> s.args().stream().anyMatch(a -> a.contains(SHARED)));
    }

    private void check(DocSamples.Sample sample, boolean needsData) throws IOException {
        if (needsData) {
            requireSharedData(sample.where());
        }
        Path folder = sample.session() == null ? null
                : sessions.computeIfAbsent(sample.page() + "#" + sample.session(), k -> newFolder());
        List<DocSamples.Step> regenerated = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DocSamples.Step step : sample.steps()) {
            Ran ran = folder == null && sample.steps().size() == 1 ? runFresh(step.args())
                    : run(step.args(), folder != null ? folder : (folder = newFolder()));
            regenerated.add(new DocSamples.Step(step.command(), step.args(), step.expected().regenerate(ran.output()),
                    ran.exit()));
            if (ran.exit() != step.exit() || !step.expected().matches(ran.output())) {
                problems.add(step.command() + "\n  expected (exit " + step.exit() + "):\n"
                        + String.join("\n", step.expected().lines()) + "\n  actual (exit " + ran.exit() + "):\n"
                        + String.join("\n", ran.output()));
            }
        }
        if (update) {
            updated.put(sample, regenerated);
        } else if (!problems.isEmpty()) {
            fail(sample.where() + ": the sample is not what the command prints today (refresh with "
                    + "-Ddocs.update=true, see DocSamplesTest):\n" + String.join("\n\n", problems));
        }
    }

    private void requireSharedData(String where) {
        boolean present = Files.isDirectory(shared.resolve("djia30"));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(where + " needs " + shared + ", which is missing under CI=true");
        }
        assumeTrue(present, where + " skipped: " + shared + " is not there");
    }

    /** A sample of one command in a fresh folder; the screenshot check reuses the run of the same command. */
    private Ran runFresh(List<String> args) {
        String key = String.join("\u0000", args);
        Ran ran = fresh.get(key);
        if (ran == null) {
            ran = run(args, newFolder());
            fresh.put(key, ran);
        }
        return ran;
    }

    private Path newFolder() {
        try {
            return Files.createTempDirectory(tmp, "sample-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Ran run(List<String> args, Path folder) {
        List<String> mapped = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0 && PATH_OPTIONS.contains(a.substring(0, eq))) {
                mapped.add(a.substring(0, eq + 1) + path(a.substring(eq + 1), folder));
            } else if (PATH_OPTIONS.contains(a) && i + 1 < args.size()) {
                mapped.add(a);
                mapped.add(path(args.get(++i), folder));
            } else {
                mapped.add(a);
            }
        }
        String command = args.isEmpty() ? "" : args.get(0);
        if (DEFAULT_OUT.containsKey(command) && args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))) {
            mapped.add("--out");
            mapped.add(folder.resolve(DEFAULT_OUT.get(command)).toString());
        }
        Cli cli = Cli.run(mapped.toArray(String[]::new));
        List<String> output = new ArrayList<>();
        for (String line : (cli.out() + cli.err()).split("\n", -1)) {
            if (!line.startsWith("WARNING: Using incubator modules")) {
                output.add(unmap(line, folder));
            }
        }
        if (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
            output.remove(output.size() - 1);
        }
        return new Ran(cli.exitCode(), output, folder);
    }

    private String path(String value, Path folder) {
        if (Path.of(value).isAbsolute()) {
            throw new IllegalArgumentException("a sample names paths relative to the project folder: " + value);
        }
        if (value.equals(SHARED) || value.startsWith(SHARED + "/")) {
            return shared.resolve(value.substring(Math.min(value.length(), SHARED.length() + 1))).toString();
        }
        Path inProject = repo.resolve(value);
        return Files.exists(inProject) ? inProject.toString() : folder.resolve(value).toString();
    }

    /** The line as the command, run from the project folder, would print it. */
    private String unmap(String line, Path folder) {
        return line.replace(folder + "/", "").replace(folder.toString(), ".")
                .replace(shared.toString(), SHARED)
                .replace(repo + "/", "");
    }

    private void checkScreenshot() throws IOException {
        Path record = repo.resolve("docs/report-screenshot.txt");
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (!line.startsWith("#") && colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2).strip());
            }
        }
        String command = fields.get("command");
        String sha = fields.get("report.json sha256");
        assertTrue(command != null && command.startsWith("./lstm-risk ") && sha != null,
                record + " holds 'command: ./lstm-risk ...' and 'report.json sha256: HEX'");
        String readme = Files.readString(repo.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("![") && readme.contains("(docs/report-screenshot.png)")
                        && readme.contains("`" + command + "`"),
                "README shows the screenshot with its command `" + command + "` as the caption");
        List<String> args = DocSamples.words(command.substring("./lstm-risk ".length()));
        if (args.stream().anyMatch(a -> a.contains(SHARED))) {
            requireSharedData("the screenshot");
        }
        Ran ran = runFresh(args);
        assertTrue(ran.exit() == ExitCode.OK || ran.exit() == ExitCode.HARD_BREACH,
                "the screenshot's run completes: exit " + ran.exit() + "\n" + String.join("\n", ran.output()));
        Path json;
        try (Stream<Path> files = Files.walk(ran.folder())) {
            json = files.filter(p -> p.getFileName().toString().equals("report.json")).findFirst().orElseThrow();
        }
        String text = unmap(Files.readString(json, StandardCharsets.UTF_8), ran.folder());
        assertEquals(sha, sha256(text), "docs/report-screenshot.png shows an older report.json than `" + command
                + "` writes today; run docs/make-screenshot.sh (after mvn -q -B package -DskipTests) and commit the "
                + "new PNG and report-screenshot.txt");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rewrite() throws IOException {
        Map<Path, List<DocSamples.Sample>> byPage = new LinkedHashMap<>();
        updated.keySet().forEach(s -> byPage.computeIfAbsent(s.page(), p -> new ArrayList<>()).add(s));
        for (Map.Entry<Path, List<DocSamples.Sample>> e : byPage.entrySet()) {
            List<String> lines = new ArrayList<>(Files.readAllLines(e.getKey(), StandardCharsets.UTF_8));
            List<DocSamples.Sample> samples = new ArrayList<>(e.getValue());
            samples.sort((a, b) -> Integer.compare(b.first(), a.first()));
            for (DocSamples.Sample s : samples) {
                List<String> block = lines.subList(s.first(), s.end());
                block.clear();
                block.addAll(DocSamples.Sample.render(updated.get(s)));
            }
            Files.writeString(e.getKey(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
    }
}
