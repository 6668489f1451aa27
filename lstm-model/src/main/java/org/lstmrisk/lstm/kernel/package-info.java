/**
 * The compute kernels: {@link org.lstmrisk.lstm.kernel.MatrixKernel} (C = A·B, C = Aᵀ·B, C = A·Bᵀ with
 * optional accumulation, on row-major arrays with offsets and strides) with the ojAlgo reference
 * {@link org.lstmrisk.lstm.kernel.OjAlgoKernel} and the Vector API {@link org.lstmrisk.lstm.kernel.VectorKernel};
 * {@link org.lstmrisk.lstm.kernel.CellKernel} (fused LSTM/RNN step arithmetic) in scalar and vector form; and
 * {@link org.lstmrisk.lstm.kernel.KernelChoice} to pick one pair (system property {@code lstmrisk.kernel}).
 */
package org.lstmrisk.lstm.kernel;
