package org.lstmrisk.report.html;

/**
 * The page's stylesheet, inlined in {@code <style>}: a calm, dense layout for the screen and an {@code @media print}
 * block for A4 paper. Uses only fonts installed on the reader's machine. This class is immutable and thread-safe.
 */
final class PageStyle {

    /** The CSS text. */
    static final String CSS = """
            :root{--ink:#1f2933;--muted:#5f6b7a;--line:#dde2e8;--panel:#f6f8fa;--blue:#1f5fa8;
              --ok:#1e7b34;--ok-bg:#e5f4e8;--warn:#8a5a00;--warn-bg:#fff3d6;--breach:#b42318;--breach-bg:#fde8e6;}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;padding:24px 32px 40px;color:var(--ink);background:#fff;
              font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
            main{max-width:1240px;margin:0 auto}
            header.top{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:12px;
              border-bottom:2px solid var(--ink);padding-bottom:10px;margin-bottom:18px}
            h1{font-size:24px;margin:0;letter-spacing:-.01em}
            h2{font-size:17px;margin:0 0 4px}
            .sub{color:var(--muted);margin-top:2px}
            .badge{display:inline-block;padding:5px 12px;border-radius:4px;font-weight:700;font-size:14px;white-space:nowrap}
            .badge.ok{background:var(--ok-bg);color:var(--ok)}
            .badge.warn{background:var(--warn-bg);color:var(--warn)}
            .badge.breach{background:var(--breach);color:#fff}
            .badge.none{background:var(--panel);color:var(--muted)}
            section{margin:0 0 28px}
            .explain{color:var(--muted);margin:0 0 10px;max-width:980px}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-bottom:14px}
            .card{border:1px solid var(--line);border-left:4px solid var(--blue);border-radius:4px;padding:10px 14px;background:#fff}
            .card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
            .card .value{font-size:26px;font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}
            .card .note{color:var(--muted);font-size:12px}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:3px 16px;margin:0;padding:12px 16px;
              background:var(--panel);border-radius:4px}
            dl.facts dt{color:var(--muted)}
            dl.facts dd{margin:0;overflow-wrap:anywhere}
            code{font:12px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
            table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
            th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{font-size:12px;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line)}
            td.num,th.num{text-align:right;white-space:nowrap}
            tr.warn td{background:var(--warn-bg)}
            tr.breach td{background:var(--breach-bg)}
            .status{font-weight:700;padding:1px 7px;border-radius:3px;font-size:12px}
            .status.ok{color:var(--ok);background:var(--ok-bg)}
            .status.warn{color:var(--warn);background:#ffe7a8}
            .status.breach{color:#fff;background:var(--breach)}
            .use{display:inline-block;width:60px;height:8px;background:var(--line);border-radius:2px;margin-left:6px;vertical-align:middle;overflow:hidden}
            .use span{display:block;height:100%;background:var(--ok)}
            tr.warn .use span{background:#d69e00}
            tr.breach .use span{background:var(--breach)}
            .note-box{padding:10px 14px;background:var(--panel);border-radius:4px;color:var(--muted)}
            .split{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:24px;align-items:start}
            svg{display:block;max-width:100%;height:auto}
            .legend{display:flex;flex-wrap:wrap;gap:16px;color:var(--muted);font-size:12px;margin:0 0 8px}
            .key{display:inline-block;width:18px;height:0;border-top:3px solid;vertical-align:middle;margin-right:5px}
            .key.forecast{border-color:#1f5fa8}.key.realised{border-color:#a0a6ae;border-top-width:1px}
            .key.smooth{border-color:#e07b1a}.key.validation{border-color:#e07b1a}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px 14px}
            figure{margin:0;break-inside:avoid}
            figcaption{font-size:12px;color:var(--muted);margin:0 0 2px}
            figcaption b{color:var(--ink);font-size:13px;margin-right:6px}
            footer{margin-top:24px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:12px}
            @media (max-width:900px){.split{grid-template-columns:1fr}body{padding:16px}}
            @media print{
              @page{size:A4;margin:12mm}
              body{padding:0;font-size:10px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
              main{max-width:none}
              .cards{grid-template-columns:repeat(5,1fr);gap:6px}
              .card{padding:6px 8px}
              .card .value{font-size:17px}
              .card .label,.card .note{font-size:9px}
              h1{font-size:18px}h2{font-size:14px}
              section{margin-bottom:14px;break-inside:auto}
              h2,.explain,.legend{break-after:avoid}
              .cards,dl.facts,figure,tr,.heat{break-inside:avoid}
              table{font-size:9px}
              th,td{padding:2px 4px}
              th{font-size:8.5px}
              code{font-size:8.5px}
              .status{font-size:8.5px;padding:0 4px}
              .use{width:28px;margin-left:3px}
              .split{grid-template-columns:1fr;gap:8px}
              .split svg{max-width:75%}
              .legend{font-size:9px}
              figcaption{font-size:9px}
              figcaption b{font-size:10px}
              .grid{grid-template-columns:repeat(3,1fr);gap:6px 10px}
            }
            """;

    private PageStyle() {
    }
}
