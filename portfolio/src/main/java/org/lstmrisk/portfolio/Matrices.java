package org.lstmrisk.portfolio;

import java.util.Optional;

import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Small dense-matrix helpers on top of ojAlgo, shared by the classes of this package. Stateless.
 */
final class Matrices {

    private Matrices() {
    }

    /** A dense ojAlgo copy of {@code a} (rows of equal length). */
    static R064Store store(double[][] a) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        R064Store store = R064Store.FACTORY.make(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                store.set(i, j, a[i][j]);
            }
        }
        return store;
    }

    /** A dense n×1 column holding {@code v}. */
    static R064Store column(double[] v) {
        R064Store c = R064Store.FACTORY.make(v.length, 1);
        for (int i = 0; i < v.length; i++) {
            c.set(i, 0, v[i]);
        }
        return c;
    }

    /** The rows of {@code m} as a new array. */
    static double[][] toArray(MatrixStore<Double> m) {
        int rows = m.getRowDim();
        int cols = m.getColDim();
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = m.doubleValue(i, j);
            }
        }
        return out;
    }

    /** A deep copy of a rectangular array. */
    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** The eigen decomposition of the symmetric matrix {@code a}. */
    static Eigenvalue<Double> symmetricEigen(R064Store a) {
        Eigenvalue<Double> eigen = Eigenvalue.R064.make(a, true);
        if (!eigen.decompose(a)) {
            throw new ArithmeticException("the symmetric eigen decomposition failed");
        }
        return eigen;
    }

    /** The eigenvalues of a decomposed symmetric matrix (any order). */
    static double[] eigenvalues(Eigenvalue<Double> eigen, int n) {
        double[] values = new double[n];
        eigen.getEigenvalues(values, Optional.empty());
        return values;
    }

    /** The smallest eigenvalue of the symmetric matrix {@code a}. */
    static double minEigenvalue(double[][] a) {
        if (a.length == 0) {
            throw new IllegalArgumentException("an empty matrix has no eigenvalues");
        }
        double[] values = eigenvalues(symmetricEigen(store(a)), a.length);
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /**
     * V·diag(max(λ, floor))·Vᵀ for the symmetric matrix {@code a} = V·diag(λ)·Vᵀ, written into {@code target}: the
     * projection onto the positive semi-definite cone when {@code floor} is 0.
     */
    static void clipEigenvalues(R064Store a, double floor, R064Store target) {
        int n = a.getRowDim();
        Eigenvalue<Double> eigen = symmetricEigen(a);
        double[] values = eigenvalues(eigen, n);
        R064Store v = R064Store.FACTORY.copy(eigen.getV());
        R064Store scaled = R064Store.FACTORY.make(n, n);
        for (int j = 0; j < n; j++) {
            double lambda = Math.max(values[j], floor);
            for (int i = 0; i < n; i++) {
                scaled.set(i, j, v.doubleValue(i, j) * lambda);
            }
        }
        target.fillByMultiplying(scaled, v.transpose());
        symmetrise(target);
    }

    /** Replaces {@code a} by (a + aᵀ)/2 in place. */
    static void symmetrise(R064Store a) {
        int n = a.getRowDim();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (a.doubleValue(i, j) + a.doubleValue(j, i));
                a.set(i, j, mean);
                a.set(j, i, mean);
            }
        }
    }

    /** ‖a − b‖_F. */
    static double frobeniusDistance(double[][] a, double[][] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                double d = a[i][j] - b[i][j];
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }
}
