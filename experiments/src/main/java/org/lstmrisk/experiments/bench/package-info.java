/** The training throughput benchmark ({@code lstm-risk bench}), comparable with the PyTorch reference script. */
package org.lstmrisk.experiments.bench;
