package org.lstmrisk.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML file read into SnakeYAML's node tree, which keeps the line of every key and value, so that each mistake
 * becomes a {@link DataInputException} naming the file, the line and the key ({@link YamlNode}'s typed getters).
 * The file must be a regular file of at most {@link InputFileCheck#MAX_YAML_BYTES} bytes (UTF-8) holding at most
 * one document; malformed YAML is refused at the line where SnakeYAML found the problem. YAML aliases
 * ({@code *name}) are refused at their line, naming the key they are the value of (an anchor {@code &name} alone
 * is harmless and ignored). Nothing is constructed from the tree, and SnakeYAML refuses global tags such as
 * {@code !!java.x} as it reads. Immutable once read.
 */
public final class YamlDocument {

    private final Path file;
    private final YamlNode root;

    private YamlDocument(Path file, YamlNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads {@code file}.
     *
     * @param what the kind of file for messages, e.g. {@code "limits file"}
     * @throws DataInputException when the file is missing, not a regular file, too large, not UTF-8, malformed,
     *                            holds an alias or more than one document
     */
    public static YamlDocument read(Path file, String what) throws DataInputException {
        InputFileCheck.check(file, InputFileCheck.MAX_YAML_BYTES, what);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputFileCheck.MAX_YAML_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(0);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            AliasRefusingParser parser = new AliasRefusingParser(new ParserImpl(new StreamReader(reader), options),
                    file, what);
            Composer composer = new Composer(parser, new Resolver(), options);
            if (!composer.checkNode()) {
                return new YamlDocument(file, null);
            }
            Node root = composer.getNode();
            if (composer.checkNode()) {
                Node second = composer.getNode();
                long line = second == null ? 0 : second.getStartMark().getLine() + 1L;
                throw new DataInputException(file, line, "", "the file has more than one YAML document; a " + what
                        + " has one");
            }
            return new YamlDocument(file, new YamlNode(file, root));
        } catch (MarkedYAMLException e) {
            throw new DataInputException(file, line(e), "", "malformed YAML: " + describe(e), e);
        } catch (AliasRefused e) {
            throw e.error;
        } catch (YAMLException e) {
            throw new DataInputException(file, 0, "", "malformed YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read the " + what + ": " + e.getMessage(), e);
        }
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The document's root, empty when the file holds no document (empty, or only comments). */
    public Optional<YamlNode> root() {
        return Optional.ofNullable(root);
    }

    /** The 1-based line where SnakeYAML found the problem (else where its context starts), or 0. */
    private static long line(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? 0 : mark.getLine() + 1L;
    }

    private static String describe(MarkedYAMLException e) {
        String context = e.getContext();
        String problem = e.getProblem();
        if (problem == null) {
            return e.getMessage();
        }
        return context == null ? problem : context + ", " + problem;
    }

    /** Carries a refusal out of SnakeYAML's composer, which only lets unchecked exceptions through. */
    private static final class AliasRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DataInputException error;

        AliasRefused(DataInputException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    /**
     * SnakeYAML's parser with every alias refused before the composer sees it, naming the key it is (inside) the
     * value of: it follows the events to know the innermost key being read.
     */
    private static final class AliasRefusingParser implements Parser {

        private final Parser parser;
        private final Path file;
        private final String what;
        /** One entry per open collection: for a mapping, the last key read and whether a key comes next. */
        private final Deque<Frame> open = new ArrayDeque<>();

        private static final class Frame {
            final boolean mapping;
            boolean keyNext = true;
            String key = "";

            Frame(boolean mapping) {
                this.mapping = mapping;
            }
        }

        AliasRefusingParser(Parser parser, Path file, String what) {
            this.parser = parser;
            this.file = file;
            this.what = what;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            refuseAlias(parser.peekEvent());
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return refuseAlias(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            Event event = refuseAlias(parser.getEvent());
            follow(event);
            return event;
        }

        private Event refuseAlias(Event event) {
            if (event instanceof AliasEvent alias) {
                throw new AliasRefused(new DataInputException(file, alias.getStartMark().getLine() + 1L, key(),
                        "YAML aliases (*" + alias.getAnchor() + ") are not supported in a " + what
                                + "; write the value out"));
            }
            return event;
        }

        /**
         * The innermost key whose value is being read, or "" outside any mapping or where a key is read. Inside a
         * nested list or mapping, the key is that of the nearest enclosing mapping, whose value the nesting is.
         */
        private String key() {
            boolean direct = true;
            for (Frame f : open) {
                if (f.mapping) {
                    return direct && f.keyNext ? "" : f.key;
                }
                direct = false;
            }
            return "";
        }

        private void follow(Event event) {
            boolean node = event.is(Event.ID.Scalar) || event.is(Event.ID.MappingStart)
                    || event.is(Event.ID.SequenceStart);
            if (node && !open.isEmpty() && open.peek().mapping) {
                Frame f = open.peek();
                if (f.keyNext) {
                    f.key = event instanceof ScalarEvent s ? s.getValue() : "";
                }
                f.keyNext = !f.keyNext;
            }
            if (event.is(Event.ID.MappingStart)) {
                open.push(new Frame(true));
            } else if (event.is(Event.ID.SequenceStart)) {
                open.push(new Frame(false));
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                open.pop();
            }
        }
    }
}
