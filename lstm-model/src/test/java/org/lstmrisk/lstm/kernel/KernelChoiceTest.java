package org.lstmrisk.lstm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The kernel named by the system property, the default, and the rejection of unknown names. */
class KernelChoiceTest {

    @Test
    void test_fromSystemProperty_parsesDefaultsAndRejects() {
        String saved = System.getProperty(KernelChoice.PROPERTY);
        try {
            System.clearProperty(KernelChoice.PROPERTY);
            assertTrue(KernelChoice.vectorApiAvailable(), "surefire runs with --add-modules jdk.incubator.vector");
            assertEquals(KernelChoice.VECTOR, KernelChoice.fromSystemProperty());
            System.setProperty(KernelChoice.PROPERTY, " OjAlgo ");
            assertEquals(KernelChoice.OJALGO, KernelChoice.fromSystemProperty());
            System.setProperty(KernelChoice.PROPERTY, "cuda");
            assertTrue(assertThrows(IllegalArgumentException.class, KernelChoice::fromSystemProperty).getMessage()
                    .contains("cuda"));
        } finally {
            if (saved == null) {
                System.clearProperty(KernelChoice.PROPERTY);
            } else {
                System.setProperty(KernelChoice.PROPERTY, saved);
            }
        }
        assertInstanceOf(OjAlgoKernel.class, KernelChoice.OJALGO.newMatrixKernel());
        assertInstanceOf(VectorKernel.class, KernelChoice.VECTOR.newMatrixKernel());
        assertInstanceOf(ScalarCellKernel.class, KernelChoice.OJALGO.newCellKernel());
        assertInstanceOf(VectorCellKernel.class, KernelChoice.VECTOR.newCellKernel());
    }
}
