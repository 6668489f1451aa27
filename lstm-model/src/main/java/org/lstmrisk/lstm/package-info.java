/**
 * The hand-written LSTM volatility forecaster on ojAlgo: one small network per stock.
 *
 * <p>Values: {@link org.lstmrisk.lstm.NetworkConfig} (shape), {@link org.lstmrisk.lstm.NetworkWeights} (trained
 * parameters, exported and imported as named {@link org.lstmrisk.lstm.Tensor}s), {@link org.lstmrisk.lstm.AdamState},
 * {@link org.lstmrisk.lstm.TrainingConfig}, {@link org.lstmrisk.lstm.SequenceDataset},
 * {@link org.lstmrisk.lstm.TrainingResult}, {@link org.lstmrisk.lstm.OnlineUpdate}. Services, each confined to one
 * thread: {@link org.lstmrisk.lstm.Trainer} (BPTT, Adam, clipping, dropout, L2, early stopping) and
 * {@link org.lstmrisk.lstm.Predictor} (the invoker), plus {@link org.lstmrisk.lstm.SequencePrediction}. The hot
 * matrix products and the fused cell arithmetic sit behind {@link org.lstmrisk.lstm.kernel.MatrixKernel} and
 * {@link org.lstmrisk.lstm.kernel.CellKernel}, chosen by {@link org.lstmrisk.lstm.kernel.KernelChoice}.
 */
package org.lstmrisk.lstm;
