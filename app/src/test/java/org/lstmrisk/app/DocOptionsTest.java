package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lstmrisk.app.cli.SettingsFile;
import org.lstmrisk.forecasters.ForecasterCatalog;

/**
 * The README and {@code docs/*.md} agree with the command line: every option a documented {@code lstm-risk} command
 * line uses is in that command's {@code --help}, every option named in the prose is in some command's help, the
 * configuration keys the README lists are the keys the settings reader accepts (and {@code run --help} lists), and
 * every model name of {@code --model} is in the README and in {@code run --help}.
 */
class DocOptionsTest {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern COMMAND = Pattern.compile("(?:^|[\\s(`&;])(?:\\./)?lstm-risk\\s+([^#`]*)");

    private final Path repo = Path.of("").toAbsolutePath().getParent();
    private final Map<String, String> help = helpTexts();

    /** The help text of every command, by its path ("" for the root, "breach ack", ...), found from the root's. */
    private static Map<String, String> helpTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>(List.of(""));
        while (!todo.isEmpty()) {
            String path = todo.remove(0);
            List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
            args.add("--help");
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(0, cli.exitCode(), cli::toString);
            texts.put(path, cli.out());
            boolean commands = false;
            for (String line : cli.out().split("\n")) {
                if (line.equals("Commands:")) {
                    commands = true;
                } else if (commands) {
                    Matcher m = Pattern.compile("^  ([a-z][a-z0-9-]*)\\s").matcher(line);
                    if (m.find()) {
                        todo.add((path + " " + m.group(1)).strip());
                    }
                }
            }
        }
        return texts;
    }

    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(repo.resolve("README.md")));
        try (Stream<Path> docs = Files.list(repo.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyOptionOfADocumentedCommandLine_isInThatCommandsHelp() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            boolean inBlock = false;
            boolean transcript = false;
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("```")) {
                    inBlock = !inBlock;
                    transcript = inBlock && line.strip().equals("```text");
                    continue;
                }
                List<String> commandLines = new ArrayList<>();
                if (transcript && !line.startsWith("$ ")) {
                    continue; // a sample's output, not a command line
                }
                if (inBlock) {
                    StringBuilder joined = new StringBuilder(line);
                    while (joined.toString().endsWith("\\") && i + 1 < lines.size()) {
                        joined.setLength(joined.length() - 1);
                        joined.append(' ').append(lines.get(++i).strip());
                    }
                    commandLines.add(joined.toString());
                } else {
                    Matcher span = CODE_SPAN.matcher(line);
                    while (span.find()) {
                        commandLines.add(span.group(1));
                    }
                }
                for (String text : commandLines) {
                    Matcher m = COMMAND.matcher(text);
                    if (!m.find()) {
                        continue;
                    }
                    List<String> words = Arrays.stream(m.group(1).split("[\\s>|]+")).filter(w -> !w.isEmpty()).toList();
                    String path = "";
                    for (String w : words) {
                        String longer = (path + " " + w).strip();
                        if (help.containsKey(longer)) {
                            path = longer;
                        } else {
                            break;
                        }
                    }
                    if (!words.isEmpty() && words.get(0).matches("[A-Z]+|\\.\\.\\.")) {
                        continue; // a placeholder: lstm-risk COMMAND --help, lstm-risk ...
                    }
                    if (path.isEmpty() && !words.isEmpty() && !words.get(0).startsWith("-")) {
                        problems.add(page.getFileName() + ":" + (i + 1) + ": no command '" + words.get(0) + "': " + text);
                        continue;
                    }
                    Matcher o = OPTION.matcher(m.group(1));
                    while (o.find()) {
                        checked++;
                        if (!hasOption(help.get(path), o.group())) {
                            problems.add(page.getFileName() + ":" + (i + 1) + ": 'lstm-risk " + path + " --help' has no "
                                    + o.group() + ": " + text);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 50, "found the documented command lines: " + checked + " options");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOptionNamedInTheProse_isInSomeCommandsHelp() throws IOException {
        String all = String.join("\n", help.values());
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (Path page : pages()) {
            boolean inBlock = false;
            for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
                if (line.startsWith("```")) {
                    inBlock = !inBlock;
                } else if (!inBlock) {
                    Matcher span = CODE_SPAN.matcher(line);
                    while (span.find()) {
                        Matcher o = OPTION.matcher(span.group(1));
                        while (o.find()) {
                            checked++;
                            if (!hasOption(all, o.group())) {
                                missing.add(page.getFileName() + ": " + o.group());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 30, "found the options in the prose: " + checked);
        assertTrue(missing.isEmpty(), "named in the documentation but in no --help: " + missing);
    }

    @Test
    void theConfigurationKeysOfTheReadme_areTheKeysTheSettingsReaderAccepts() throws IOException {
        Set<String> accepted = Arrays.stream(SettingsFile.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        String readme = Files.readString(repo.resolve("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("`--config FILE`: YAML with the keys `([^`]+)`").matcher(readme);
        assertTrue(m.find(), "README lists the --config keys as: `--config FILE`: YAML with the keys `a, b, ...`");
        assertEquals(accepted, keys(m.group(1)), "README's --config keys");
        Matcher h = Pattern.compile("YAML configuration with the keys ([^(]+)\\(").matcher(help.get("run").replaceAll(
                "\\s+", " "));
        assertTrue(h.find(), "run --help lists the --config keys");
        assertEquals(accepted, keys(h.group(1)), "run --help's --config keys");
    }

    @Test
    void everyModelName_isInTheReadmeAndInRunsHelp() throws IOException {
        String readme = Files.readString(repo.resolve("README.md"), StandardCharsets.UTF_8);
        String runHelp = help.get("run").replaceAll("\\s+", " ");
        for (String name : new ForecasterCatalog().names()) {
            assertTrue(readme.contains("`" + name + "`"), "README names the model `" + name + "`");
            assertTrue(Pattern.compile("[ :,]" + Pattern.quote(name) + "[ ,.]").matcher(runHelp).find(),
                    "run --help names the model " + name);
        }
    }

    /** Whether {@code option} is in the help, also as picocli shows a negatable one: {@code --[no-]name}. */
    private static boolean hasOption(String helpText, String option) {
        String name = option.startsWith("--no-") ? option.substring(5) : option.substring(2);
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(helpText).find()
                || helpText.contains("--[no-]" + name);
    }

    private static Set<String> keys(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
