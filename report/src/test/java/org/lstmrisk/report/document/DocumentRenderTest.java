package org.lstmrisk.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRenderTest {

    private static final Document DOC = new Document(List.of(
            new Block.Heading(2, Text.plain("Results")),
            new Block.Paragraph(Text.plain("Best: ").thenBold("garch").then(".")),
            new Block.Table(List.of("model", "zone", "p"), List.of(Block.Align.LEFT, Block.Align.LEFT,
                    Block.Align.RIGHT), List.of(
                    List.of(Text.plain("ewma"), Text.plain("n/a"), Text.plain("0.05")),
                    List.of(Text.bold("mean"), Text.plain(""), Text.plain("1 & 2")))),
            new Block.Bullets(Text.plain("Notes:"), List.of(Text.plain("one"), Text.plain("two")))));

    @Test
    void test_markdown_blocksSeparatedByABlankLine_listAttachedToItsLead() {
        assertEquals("""
                ## Results

                Best: **garch**.

                | model | zone | p |
                |---|---|---:|
                | ewma | n/a | 0.05 |
                | **mean** | | 1 & 2 |

                Notes:
                - one
                - two
                """, new MarkdownRenderer().render(DOC));
    }

    @Test
    void test_html_sameBlocks_textEscaped() {
        assertEquals("""
                <h2>Results</h2>
                <p>Best: <b>garch</b>.</p>
                <table>
                <tr><th>model</th><th>zone</th><th>p</th></tr>
                <tr><td>ewma</td><td>n/a</td><td>0.05</td></tr>
                <tr><td><b>mean</b></td><td></td><td>1 &amp; 2</td></tr>
                </table>
                <p>Notes:</p>
                <ul>
                <li>one</li>
                <li>two</li>
                </ul>
                """, new HtmlRenderer().render(DOC));
    }

    /** What parsing the Markdown back used to get wrong: markup characters inside the data are data. */
    @Test
    void test_html_markupCharactersInData_stayLiteral() {
        Document d = new Document(List.of(
                new Block.Paragraph(Text.plain("- data/**raw**/<a>.csv")),
                new Block.Paragraph(Text.plain("## not a heading")),
                new Block.Table(List.of("a|b"), List.of(Block.Align.LEFT), List.of(List.of(Text.plain("x|y"))))));
        assertEquals("""
                <p>- data/**raw**/&lt;a&gt;.csv</p>
                <p>## not a heading</p>
                <table>
                <tr><th>a|b</th></tr>
                <tr><td>x|y</td></tr>
                </table>
                """, new HtmlRenderer().render(d));
        assertEquals("| a\\|b |\n|---|\n| x\\|y |\n", new MarkdownRenderer().render(
                new Document(List.of(d.blocks().get(2)))));
    }

    @Test
    void test_table_rowOfWrongWidth_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Block.Table(List.of("a", "b"),
                List.of(Block.Align.LEFT, Block.Align.LEFT), List.of(List.of(Text.plain("x")))));
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(4, Text.plain("x")));
    }
}
