package org.lstmrisk.portfolio;

import org.ojalgo.matrix.store.R064Store;

/**
 * The nearest correlation matrix in the Frobenius norm to a symmetric matrix, by Higham's (2002) alternating
 * projections with Dykstra's correction, finished by an eigenvalue floor so that the result is PSD to
 * rounding. This class is immutable and thread-safe.
 *
 * <p>Reference: N. J. Higham, "Computing the nearest correlation matrix — a problem from finance", IMA J.
 * Numer. Anal. 22 (2002) 329–343, Algorithm 3.3 with unit weights.
 *
 * @param tolerance     convergence tolerance on the relative change between iterations, in (0, 1)
 * @param maxIterations iteration limit, at least 1; when it is reached the last iterate is finished and returned
 */
public record NearestCorrelation(double tolerance, int maxIterations) {

    /** Tolerance 1e-12, at most 10 000 iterations. */
    public static final NearestCorrelation DEFAULT = new NearestCorrelation(1e-12, 10_000);

    /** Eigenvalues of the final iterate are raised to at least this before rescaling to a unit diagonal. */
    static final double EIGENVALUE_FLOOR = 1e-14;

    /** Largest accepted |a_ij − a_ji| of the input. */
    static final double SYMMETRY_TOLERANCE = 1e-10;

    /** Validates the tolerance and the iteration limit. */
    public NearestCorrelation {
        if (!(tolerance > 0.0 && tolerance < 1.0)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1): " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1: " + maxIterations);
        }
    }

    /**
     * The nearest correlation matrix to the symmetric matrix {@code a} (unit diagonal expected; the diagonal is
     * replaced by ones). The result has a unit diagonal and its smallest eigenvalue is non-negative to rounding.
     *
     * @throws IllegalArgumentException when {@code a} is null, empty, not square, not finite or not symmetric (to 1e-10)
     */
    public CorrelationMatrix repair(double[][] a) {
        R064Store y = validatedStore(a);
        int n = y.getRowDim();
        R064Store correction = R064Store.FACTORY.make(n, n); // Dykstra's ΔS
        R064Store r = R064Store.FACTORY.make(n, n);
        R064Store x = R064Store.FACTORY.make(n, n);
        R064Store previousX = R064Store.FACTORY.make(n, n);
        R064Store previousY = R064Store.FACTORY.make(n, n);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            previousX.fillMatching(x);
            previousY.fillMatching(y);
            // R = Y − ΔS; X = P_S(R), the projection onto the PSD cone; ΔS = X − R; Y = P_U(X), unit diagonal.
            subtract(y, correction, r);
            Matrices.clipEigenvalues(r, 0.0, x);
            subtract(x, r, correction);
            y.fillMatching(x);
            for (int i = 0; i < n; i++) {
                y.set(i, i, 1.0);
            }
            double normY = norm(y.data);
            double changeY = distance(y.data, previousY.data) / normY;
            double changeX = distance(x.data, previousX.data) / norm(x.data);
            double gap = distance(x.data, y.data) / normY;
            if (Math.max(changeY, Math.max(changeX, gap)) <= tolerance) {
                break;
            }
        }
        return finish(y);
    }

    /** Raises the eigenvalues of {@code y} to the floor, rescales to a unit diagonal and clamps to [−1, 1]. */
    private static CorrelationMatrix finish(R064Store y) {
        int n = y.getRowDim();
        R064Store floored = R064Store.FACTORY.make(n, n);
        Matrices.clipEigenvalues(y, EIGENVALUE_FLOOR, floored);
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = 1.0 / Math.sqrt(floored.doubleValue(i, i));
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            out[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double v = floored.doubleValue(i, j) * scale[i] * scale[j];
                v = Math.max(-1.0, Math.min(1.0, v));
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return new CorrelationMatrix(out);
    }

    private static R064Store validatedStore(double[][] a) {
        if (a == null || a.length == 0) {
            throw new IllegalArgumentException("matrix to repair is null or empty");
        }
        int n = a.length;
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != n) {
                throw new IllegalArgumentException("matrix to repair is not square: row " + i + " has "
                        + (a[i] == null ? "no" : String.valueOf(a[i].length)) + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") of the matrix to repair is not finite: "
                            + a[i][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > SYMMETRY_TOLERANCE) {
                    throw new IllegalArgumentException("matrix to repair is not symmetric: entry (" + i + ", " + j
                            + ") is " + a[i][j] + " but (" + j + ", " + i + ") is " + a[j][i]);
                }
            }
        }
        R064Store store = Matrices.store(a);
        Matrices.symmetrise(store);
        return store;
    }

    private static void subtract(R064Store left, R064Store right, R064Store target) {
        double[] l = left.data;
        double[] r = right.data;
        double[] t = target.data;
        for (int k = 0; k < t.length; k++) {
            t[k] = l[k] - r[k];
        }
    }

    private static double norm(double[] a) {
        double sum = 0.0;
        for (double v : a) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0.0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
