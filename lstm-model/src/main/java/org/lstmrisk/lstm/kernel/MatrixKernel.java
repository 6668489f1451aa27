package org.lstmrisk.lstm.kernel;

/**
 * The few dense matrix products the network spends its time in, on raw row-major {@code double[]} arrays
 * with an offset and a leading dimension (row stride) per operand, BLAS style, so that a block of rows of a
 * larger buffer can be used without copying. Every method computes {@code C = op} or, when
 * {@code accumulate} is true, {@code C += op}; the output must not overlap the inputs.
 *
 * <p>Implementations must be deterministic (the same inputs give the same bits) and should not allocate per
 * call once warmed up on a shape: the trainer's zero-allocation promise rests on the kernel ({@link VectorKernel}
 * allocates nothing; {@link OjAlgoKernel} allocates inside ojAlgo). An instance may hold scratch space and is
 * then confined to one thread.
 */
public interface MatrixKernel {

    /**
     * {@code C (+)= A·B} with A of m×k (row stride lda), B of k×n (ldb) and C of m×n (ldc).
     */
    void multiply(int m, int n, int k,
            double[] a, int aOff, int lda,
            double[] b, int bOff, int ldb,
            double[] c, int cOff, int ldc, boolean accumulate);

    /**
     * {@code C (+)= Aᵀ·B} with A stored as k×m (row stride lda), B of k×n (ldb) and C of m×n (ldc).
     */
    void multiplyTransposedLeft(int m, int n, int k,
            double[] a, int aOff, int lda,
            double[] b, int bOff, int ldb,
            double[] c, int cOff, int ldc, boolean accumulate);

    /**
     * {@code C (+)= A·Bᵀ} with A of m×k (lda), B stored as n×k (row stride ldb) and C of m×n (ldc).
     */
    void multiplyTransposedRight(int m, int n, int k,
            double[] a, int aOff, int lda,
            double[] b, int bOff, int ldb,
            double[] c, int cOff, int ldc, boolean accumulate);

    /** A short name for reports, e.g. {@code ojalgo} or {@code vector}. */
    String name();
}
