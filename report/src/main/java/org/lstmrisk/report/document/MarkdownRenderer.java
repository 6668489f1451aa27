package org.lstmrisk.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Document} as Markdown (GitHub flavour): blocks separated by one blank line, the text ending with a
 * line break; bold as {@code **…**}; a table as pipe rows with an alignment row ({@code ---} left, {@code ---:}
 * right), an empty cell as {@code | |}, a {@code |} inside a cell as {@code \|}. Other text is written as is.
 * Stateless.
 */
public final class MarkdownRenderer {

    /** The Markdown of {@code document}. */
    public String render(Document document) {
        List<String> blocks = new ArrayList<>();
        for (Block b : document.blocks()) {
            blocks.add(block(b));
        }
        return String.join("\n", blocks);
    }

    private static String block(Block block) {
        StringBuilder sb = new StringBuilder();
        if (block instanceof Block.Heading h) {
            sb.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append('\n');
        } else if (block instanceof Block.Paragraph p) {
            sb.append(inline(p.text())).append('\n');
        } else if (block instanceof Block.Bullets l) {
            sb.append(inline(l.lead())).append('\n');
            for (Text item : l.items()) {
                sb.append("- ").append(inline(item)).append('\n');
            }
        } else if (block instanceof Block.Table t) {
            sb.append('|');
            for (String h : t.header()) {
                cell(sb, Text.plain(h));
            }
            sb.append("\n|");
            for (Block.Align a : t.align()) {
                sb.append(a == Block.Align.RIGHT ? "---:|" : "---|");
            }
            sb.append('\n');
            for (List<Text> row : t.rows()) {
                sb.append('|');
                for (Text c : row) {
                    cell(sb, c);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void cell(StringBuilder sb, Text cell) {
        if (!cell.isEmpty()) {
            sb.append(' ').append(inline(cell).replace("|", "\\|"));
        }
        sb.append(" |");
    }

    private static String inline(Text text) {
        StringBuilder sb = new StringBuilder();
        for (Text.Run r : text.runs()) {
            sb.append(r.bold() ? "**" + r.text() + "**" : r.text());
        }
        return sb.toString();
    }
}
