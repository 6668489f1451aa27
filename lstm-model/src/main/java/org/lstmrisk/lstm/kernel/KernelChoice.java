package org.lstmrisk.lstm.kernel;

import java.util.Locale;

/**
 * Which kernels a trainer or predictor computes with: {@link #OJALGO} (portable reference: ojAlgo products,
 * scalar cell arithmetic) or {@link #VECTOR} (Vector API products and cell arithmetic; needs
 * {@code --add-modules jdk.incubator.vector}). Both give the same results to rounding.
 */
public enum KernelChoice {

    /** ojAlgo's {@code fillByMultiplying} and scalar cell arithmetic. */
    OJALGO,

    /** The register-blocked Vector API kernel and vectorised cell arithmetic. */
    VECTOR;

    /** The system property naming the kernel: {@code ojalgo} or {@code vector}. */
    public static final String PROPERTY = "lstmrisk.kernel";

    /** A new matrix kernel of this kind (the ojAlgo one holds scratch space: one per thread). */
    public MatrixKernel newMatrixKernel() {
        return this == OJALGO ? new OjAlgoKernel() : new VectorKernel();
    }

    /** A new cell kernel of this kind. */
    public CellKernel newCellKernel() {
        return this == OJALGO ? new ScalarCellKernel() : new VectorCellKernel();
    }

    /** Whether the JVM was started with the incubating Vector API module. */
    public static boolean vectorApiAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /**
     * The kernel named by the system property {@value #PROPERTY}; without it, {@link #VECTOR} when the Vector
     * API is available, else {@link #OJALGO}.
     *
     * @throws IllegalArgumentException when the property names no kernel, or names {@code vector} and the
     *         module is absent
     */
    public static KernelChoice fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return vectorApiAvailable() ? VECTOR : OJALGO;
        }
        KernelChoice choice;
        try {
            choice = valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be ojalgo or vector, was '" + value + "'", e);
        }
        if (choice == VECTOR && !vectorApiAvailable()) {
            throw new IllegalArgumentException(PROPERTY + "=vector needs --add-modules jdk.incubator.vector");
        }
        return choice;
    }
}
