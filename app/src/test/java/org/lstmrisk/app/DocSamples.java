package org.lstmrisk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample transcripts of a Markdown page. A sample is an HTML comment line {@code <!-- sample -->} (or
 * {@code <!-- sample session=NAME -->}) directly followed by a {@code ```text} block. In the block, a line
 * {@code $ ./lstm-risk ARGS} is a command (a line ending in {@code " \"} continues on the next); the lines after it,
 * up to the next command, are what it prints (stdout, then stderr), where a line {@code ...} stands for any run of
 * lines; a last line {@code [exit N]} gives its exit code (0 when absent). Samples of one session in a page share
 * one working folder, in page order; any other sample starts in a fresh one.
 *
 * <p>Every {@code ```text} block and every block without a language must be a sample, so that no output in the
 * documentation escapes the check; a diagram uses another language tag.
 */
final class DocSamples {

    private static final Pattern SAMPLE = Pattern.compile("^<!-- sample(?:\\s+session=([A-Za-z0-9_-]+))?\\s*-->$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern EXIT = Pattern.compile("^\\[exit (\\d+)]$");
    static final String PROMPT = "$ ./lstm-risk ";

    private DocSamples() {
    }

    /**
     * One command of a sample and what it prints.
     *
     * @param command  the command as written, continuation lines joined
     * @param args     its arguments after {@code ./lstm-risk}, unquoted
     * @param expected what it prints, as a pattern
     * @param exit     its exit code
     */
    record Step(String command, List<String> args, LineGlob expected, int exit) {
    }

    /**
     * One sample block.
     *
     * @param page    the Markdown file
     * @param line    1-based line of the {@code <!-- sample} comment
     * @param session the session name, or null for a fresh folder
     * @param steps   its commands in order
     * @param first   0-based index of the block's first content line (after the opening fence)
     * @param end     0-based index of the closing fence
     */
    record Sample(Path page, int line, String session, List<Step> steps, int first, int end) {

        /** Where the sample is, for messages: {@code README.md:42}. */
        String where() {
            return page.getFileName() + ":" + line;
        }

        /** The block's content for {@code steps}: each command, its output pattern and a non-zero exit. */
        static List<String> render(List<Step> steps) {
            List<String> lines = new ArrayList<>();
            for (Step s : steps) {
                lines.addAll(List.of(s.command().split("\n")));
                lines.addAll(s.expected().lines());
                if (s.exit() != 0) {
                    lines.add("[exit " + s.exit() + "]");
                }
            }
            return lines;
        }
    }

    /**
     * A page's samples, read from {@code page}.
     *
     * @throws IllegalArgumentException for a malformed sample, or a text block that is not one (naming the line)
     */
    static List<Sample> read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            Matcher sample = SAMPLE.matcher(lines.get(i));
            if (sample.matches()) {
                if (i + 1 >= lines.size() || !lines.get(i + 1).equals("```text")) {
                    throw problem(page, i, "a sample comment must be followed by a ```text block");
                }
                int end = closingFence(page, lines, i + 1);
                samples.add(new Sample(page, i + 1, sample.group(1), steps(page, lines, i + 2, end), i + 2, end));
                i = end;
            } else if (lines.get(i).startsWith("<!-- sample")) {
                throw problem(page, i, "malformed sample comment; write <!-- sample --> or <!-- sample session=NAME -->");
            } else if (fence.matches()) {
                String language = fence.group(1);
                if (language.isEmpty() || language.equals("text")) {
                    throw problem(page, i, "a block of output must be a sample (<!-- sample --> on the line before it); "
                            + "a diagram takes another language tag");
                }
                i = closingFence(page, lines, i);
            }
        }
        return samples;
    }

    private static int closingFence(Path page, List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).startsWith("```")) {
                return j;
            }
        }
        throw problem(page, open, "code block is not closed");
    }

    private static List<Step> steps(Path page, List<String> lines, int first, int end) {
        List<Step> steps = new ArrayList<>();
        int i = first;
        if (i >= end || !lines.get(i).startsWith(PROMPT)) {
            throw problem(page, i, "a sample starts with a command line '" + PROMPT + "...'");
        }
        while (i < end) {
            StringBuilder command = new StringBuilder(lines.get(i));
            StringBuilder joined = new StringBuilder(lines.get(i));
            while (joined.toString().endsWith(" \\") && i + 1 < end) {
                joined.setLength(joined.length() - 1);
                i++;
                command.append('\n').append(lines.get(i));
                joined.append(lines.get(i).strip());
            }
            i++;
            List<String> output = new ArrayList<>();
            int exit = 0;
            while (i < end && !lines.get(i).startsWith(PROMPT)) {
                Matcher m = EXIT.matcher(lines.get(i));
                if (m.matches()) {
                    if (i + 1 < end && !lines.get(i + 1).startsWith(PROMPT)) {
                        throw problem(page, i, "[exit N] must be the last line of a command's output");
                    }
                    exit = Integer.parseInt(m.group(1));
                } else {
                    output.add(lines.get(i));
                }
                i++;
            }
            List<String> args = words(joined.substring(PROMPT.length()));
            steps.add(new Step(command.toString(), args, new LineGlob(output), exit));
        }
        return steps;
    }

    /** Splits a command line as a POSIX shell would for plain words and single- or double-quoted strings. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static IllegalArgumentException problem(Path page, int index, String message) {
        return new IllegalArgumentException(page.getFileName() + ":" + (index + 1) + ": " + message);
    }
}
