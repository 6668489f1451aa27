package org.lstmrisk.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of a {@link YamlDocument}: a mapping, a list or a single value (scalar), with its 1-based line and typed
 * reads that throw a {@link DataInputException} naming the file, the node's line and the key being read. A value's
 * text is as written (so an unquoted ticker such as NO or ON keeps its name); a number, true/false or nothing is
 * recognised only when written unquoted, as YAML reads it. Immutable.
 */
public final class YamlNode {

    /** One key of a mapping with the line of the key and its value, in file order. */
    public record Entry(String key, long line, YamlNode value) {
    }

    private final Path file;
    private final Node node;

    YamlNode(Path file, Node node) {
        this.file = file;
        this.node = node;
    }

    /** The 1-based line where the node starts. */
    public long line() {
        return node.getStartMark().getLine() + 1L;
    }

    /** The file the node was read from. */
    public Path file() {
        return file;
    }

    /** Whether the node is a mapping of keys to values. */
    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** Whether the node is a list. */
    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** Whether the node is nothing: an empty value, {@code ~} or {@code null}, unquoted. */
    public boolean isNull() {
        return node instanceof ScalarNode s && s.isPlain() && Tag.NULL.equals(s.getTag());
    }

    /** Whether the node is a single value other than nothing. */
    public boolean isValue() {
        return node instanceof ScalarNode && !isNull();
    }

    /** The text of a single value as written (without quotes); "" for a mapping or list. */
    public String text() {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    /** How the node reads in a message: "a mapping", "a list", "nothing" or the value in single quotes. */
    public String describe() {
        if (isMapping()) {
            return "a mapping";
        }
        if (isList()) {
            return "a list";
        }
        return isNull() ? "nothing" : "'" + text() + "'";
    }

    /** A problem at this node's line. */
    public DataInputException error(String field, String reason) {
        return error(line(), field, reason);
    }

    /** A problem at {@code line} of this node's file. */
    public DataInputException error(long line, String field, String reason) {
        return new DataInputException(file, line, field, reason);
    }

    /**
     * The keys of a mapping in file order (a key given twice appears twice); an empty list for any other node.
     *
     * @throws DataInputException when a key is not a single value
     */
    public List<Entry> entries() throws DataInputException {
        if (!(node instanceof MappingNode m)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            YamlNode key = new YamlNode(file, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw key.error("", "a key must be a name, not " + key.describe());
            }
            entries.add(new Entry(key.text(), key.line(), new YamlNode(file, t.getValueNode())));
        }
        return entries;
    }

    /** The items of a list in file order; an empty list for any other node. */
    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode s)) {
            return List.of();
        }
        return s.getValue().stream().map(n -> new YamlNode(file, n)).toList();
    }

    /** The node as the value of {@code field}, which must be a single value; its text as written. */
    public String value(String field) throws DataInputException {
        if (isNull()) {
            throw error(field, "'" + field + "' has no value");
        }
        if (!isValue()) {
            throw error(field, "'" + field + "' must be a single value, not " + describe());
        }
        return text();
    }

    /**
     * The node as the value of {@code field}, which must be a finite number written unquoted.
     *
     * @param hint what the number is, for the message, e.g. {@code "a fraction, e.g. 0.03 for 3 %"}; or ""
     */
    public double number(String field, String hint) throws DataInputException {
        String text = value(field);
        String must = "'" + field + "' must be a number" + (hint.isEmpty() ? "" : " (" + hint + ")") + ", not '"
                + text + "'";
        if (!isPlainTagged(Tag.INT) && !isPlainTagged(Tag.FLOAT)) {
            throw error(field, must);
        }
        String digits = text.replace("_", "");
        if (digits.matches("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)")) {
            throw error(field, "'" + field + "' must be a finite number, not '" + text + "'");
        }
        try {
            double v = Double.parseDouble(digits);
            if (!Double.isFinite(v) || digits.matches("[-+]?0[xXbB].*") || digits.indexOf(':') >= 0) {
                throw new NumberFormatException(text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(field, must);
        }
    }

    /** The node as the value of {@code field}, which must be a whole number written unquoted. */
    public long wholeNumber(String field) throws DataInputException {
        String text = value(field);
        if (!isPlainTagged(Tag.INT) || !text.matches("[-+]?[0-9]+")) {
            throw error(field, "'" + field + "' must be a whole number, not '" + text + "'");
        }
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw error(field, "'" + field + "' is out of range: '" + text + "'");
        }
    }

    /** The node as the value of {@code field}, which must be true or false (also yes/no, on/off), unquoted. */
    public boolean bool(String field) throws DataInputException {
        String text = value(field);
        if (!isPlainTagged(Tag.BOOL)) {
            throw error(field, "'" + field + "' must be true or false, not '" + text + "'");
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            default -> false;
        };
    }

    /** The node as the value of {@code field}, which must be an ISO date YYYY-MM-DD. */
    public LocalDate date(String field) throws DataInputException {
        String text = value(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "'" + field + "' must be an ISO date YYYY-MM-DD, not '" + text + "'");
        }
    }

    /**
     * The node as the value of {@code field}, which must be a list of single values, e.g. {@code [AAPL, MSFT]}.
     *
     * @param example how such a list is written, for the message, e.g. {@code "[AAPL, MSFT]"}
     */
    public List<YamlNode> valueList(String field, String example) throws DataInputException {
        if (!isList()) {
            throw error(field, "'" + field + "' must be a list such as " + example + ", not " + describe());
        }
        List<YamlNode> items = items();
        for (YamlNode item : items) {
            if (!item.isValue()) {
                throw item.error(field, "each entry of '" + field + "' must be a single value, not " + item.describe());
            }
        }
        return items;
    }

    private boolean isPlainTagged(Tag tag) {
        return node instanceof ScalarNode s && s.isPlain() && tag.equals(s.getTag());
    }
}
