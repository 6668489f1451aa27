package org.lstmrisk.report.document;

import java.util.List;

/**
 * A small text document (headings, paragraphs, bullet lists, tables) built from the data once and rendered by
 * {@link MarkdownRenderer} and {@link HtmlRenderer}, so that the Markdown and the HTML of a page never disagree.
 * This class is immutable and thread-safe.
 *
 * @param blocks the blocks in order
 */
public record Document(List<Block> blocks) {

    /** Copies the blocks. */
    public Document {
        blocks = List.copyOf(blocks);
    }
}
