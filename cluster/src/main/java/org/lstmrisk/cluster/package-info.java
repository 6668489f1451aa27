/**
 * The Spark engine of lstm-risk: {@link org.lstmrisk.cluster.SparkTickerExecutor} runs the per-ticker work of
 * {@code run} and {@code evaluate} as Spark tasks, found by the application through
 * {@link org.lstmrisk.cluster.SparkEngineProvider}. Spark is a provided dependency.
 */
package org.lstmrisk.cluster;
