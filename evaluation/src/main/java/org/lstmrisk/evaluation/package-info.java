/**
 * {@code lstm-risk evaluate}: the out-of-sample, walk-forward evaluation of the volatility models.
 *
 * <p>The flow, one class per step:
 * <ol>
 *   <li>{@link org.lstmrisk.evaluation.ModelLineupFactory} turns {@code --models} into forecasters through the
 *       {@link org.lstmrisk.forecasters.ForecasterCatalog}. Any model registered there can be evaluated, the LSTM
 *       included once it lands, and {@link org.lstmrisk.evaluation.ModelLineup#BASELINES} says which models
 *       compete for "best baseline".</li>
 *   <li>{@code SpanSelector} cuts the history after {@code --to}, picks the first forecast date and keeps the
 *       tickers with full data over the span (equal weights). It lists the others with the reason.</li>
 *   <li>{@code WalkForwardPanel} runs risk-core's {@link org.lstmrisk.core.forecast.WalkForward} for every
 *       (ticker, model) pair on a bounded pool. Each model sees prices up to each as-of date only, and results are
 *       placed by index, so any thread count gives the same bytes. {@code RefitFallback} keeps the previous model
 *       when a scheduled refit fails and counts the failure.</li>
 *   <li>{@code ScoredDays} marks the ticker-days where QLIKE is defined (realised and forecast values positive),
 *       the same days for every model, and counts the rest by reason.</li>
 *   <li>{@code AccuracyScoring} computes per-ticker and pooled accuracy with Mincer–Zarnowitz, chooses the best
 *       baseline (lowest pooled QLIKE) and runs Diebold–Mariano against it ({@code DmComparison}).</li>
 *   <li>{@code PortfolioBacktest} computes σp and VaR per model and day (trailing correlation ending at the as-of
 *       date), the VaR backtests, the portfolio accuracy and volatility targeting.</li>
 *   <li>{@link org.lstmrisk.evaluation.EvaluationFiles} renders JSON, Markdown, CSV, SVG and HTML.
 *       {@link org.lstmrisk.evaluation.FolderPublisher} writes the folder atomically.</li>
 * </ol>
 *
 * <p>Units follow DESIGN.md. Volatilities are daily standard deviations of log returns as fractions, variances
 * are their squares, annualised figures say so and use √252, and VaR is a positive fraction of portfolio value.
 */
package org.lstmrisk.evaluation;
