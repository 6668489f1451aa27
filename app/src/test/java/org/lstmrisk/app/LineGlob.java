package org.lstmrisk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The expected output of a documented command: lines that must appear exactly, in order, where a line {@code ...}
 * stands for any run of lines (none included). The first and last segment are anchored to the start and end of the
 * output. Before comparing, trailing blanks are dropped and every UTC instant ({@code 2026-11-21T22:04:35.042Z}) is
 * replaced by one placeholder on both sides, since run times differ from run to run.
 *
 * @param lines the expected lines, {@code ...} included
 */
record LineGlob(List<String> lines) {

    static final String ELLIPSIS = "...";
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z");

    LineGlob {
        lines = List.copyOf(lines);
    }

    /** Whether {@code actual} (the output's lines) matches this pattern. */
    boolean matches(List<String> actual) {
        List<List<String>> segments = segments();
        List<String> out = actual.stream().map(LineGlob::normalise).toList();
        if (segments.size() == 1) {
            return out.equals(segments.get(0));
        }
        List<String> head = segments.get(0);
        List<String> tail = segments.get(segments.size() - 1);
        if (head.size() + tail.size() > out.size()
                || !out.subList(0, head.size()).equals(head)
                || !out.subList(out.size() - tail.size(), out.size()).equals(tail)) {
            return false;
        }
        int from = head.size();
        int to = out.size() - tail.size();
        for (List<String> middle : segments.subList(1, segments.size() - 1)) {
            int at = indexOf(out, middle, from, to);
            if (at < 0) {
                return false;
            }
            from = at + middle.size();
        }
        return true;
    }

    /**
     * The pattern to write for the new output {@code actual}: this one when it still matches; else {@code actual} in
     * full when this pattern has no {@code ...}; else the same number of first and last lines as this pattern keeps
     * around its first and last {@code ...}, with one {@code ...} between them (kept lines in the middle are dropped).
     */
    LineGlob regenerate(List<String> actual) {
        List<String> out = actual.stream().map(LineGlob::stripTrailing).toList();
        if (matches(out)) {
            return this;
        }
        List<List<String>> segments = segments();
        if (segments.size() == 1) {
            return new LineGlob(out);
        }
        int head = segments.get(0).size();
        int tail = segments.get(segments.size() - 1).size();
        if (head + tail >= out.size()) {
            return new LineGlob(out);
        }
        List<String> lines = new ArrayList<>(out.subList(0, head));
        lines.add(ELLIPSIS);
        lines.addAll(out.subList(out.size() - tail, out.size()));
        return new LineGlob(lines);
    }

    private List<List<String>> segments() {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().equals(ELLIPSIS)) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(normalise(line));
            }
        }
        segments.add(current);
        return segments;
    }

    private static int indexOf(List<String> out, List<String> part, int from, int to) {
        for (int i = from; i + part.size() <= to; i++) {
            if (out.subList(i, i + part.size()).equals(part)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalise(String line) {
        return INSTANT.matcher(stripTrailing(line)).replaceAll("<instant>");
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
