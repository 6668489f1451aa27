package org.lstmrisk.report.html;

/**
 * One headline card: a figure of {@code report.json}'s {@code portfolio} object as the page shows it. The card
 * carries the full double in a {@code data-value} attribute, so that a machine can check the page against the JSON.
 * This class is immutable and thread-safe.
 *
 * @param key   a stable key, e.g. {@code volatility}, {@code var99}, {@code es97.5}
 * @param label the card's title
 * @param value the figure as a fraction, exactly as in report.json
 * @param text  the figure as shown, in percent
 * @param note  what the figure is (units, horizon)
 */
record HeadlineFigure(String key, String label, double value, String text, String note) {
}
