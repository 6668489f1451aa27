package org.lstmrisk.report.document;

import java.util.List;
import java.util.Objects;

/** One block of a {@link Document}: a heading, a paragraph, a bullet list or a table. Immutable. */
public sealed interface Block {

    /**
     * A heading.
     *
     * @param level 1 for the page title, 2 for a section, 3 for a subsection
     * @param text  the heading
     */
    record Heading(int level, Text text) implements Block {

        /** Validates a level in [1, 3] and a non-null text. */
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1, 2 or 3, was " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of one line. */
    record Paragraph(Text text) implements Block {

        /** Validates a non-null text. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A bullet list with the line that introduces it (Markdown: the lead line, then the items on the next lines).
     *
     * @param lead  the introducing line
     * @param items one line per item
     */
    record Bullets(Text lead, List<Text> items) implements Block {

        /** Copies the items. */
        public Bullets {
            Objects.requireNonNull(lead, "lead");
            items = List.copyOf(items);
        }
    }

    /** How a table column is aligned. */
    enum Align { LEFT, RIGHT }

    /**
     * A table: a header row and data rows of cells.
     *
     * @param header the column headings
     * @param align  the alignment of each column
     * @param rows   the data rows, each with one cell per column
     */
    record Table(List<String> header, List<Align> align, List<List<Text>> rows) implements Block {

        /** Validates that every row has one cell per column; copies the lists. */
        public Table {
            header = List.copyOf(header);
            align = List.copyOf(align);
            if (align.size() != header.size()) {
                throw new IllegalArgumentException(align.size() + " alignments for " + header.size() + " columns");
            }
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Text> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                            + header.size() + " columns");
                }
            }
        }
    }
}
