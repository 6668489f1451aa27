package org.lstmrisk.report.html;

/**
 * The one script of the page, inlined in {@code <head>}: it records on {@code <body>} whether the page finished
 * loading ({@code data-load="ok"}) and how many errors occurred ({@code data-errors}): script errors
 * ({@code window.onerror}), resources that failed to load, and content-security-policy violations (any attempt to
 * reach the network); and the page's full height in CSS pixels ({@code data-height}), for a full-page screenshot.
 * The page works without it; it exists so that a headless browser can check the page.
 */
final class LoadProbe {

    /** The script text. */
    static final String SCRIPT = """
            (function(){var n=0;function mark(){n++;if(document.body){document.body.setAttribute('data-errors',String(n));}}
            window.onerror=function(){mark();return false;};
            window.addEventListener('error',function(e){if(e.target&&e.target!==window){mark();}},true);
            document.addEventListener('securitypolicyviolation',mark);
            window.addEventListener('load',function(){document.body.setAttribute('data-errors',String(n));
            document.body.setAttribute('data-height',String(document.documentElement.scrollHeight));
            document.body.setAttribute('data-load','ok');});})();
            """;

    private LoadProbe() {
    }
}
