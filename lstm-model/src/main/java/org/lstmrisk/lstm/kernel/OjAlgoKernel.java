package org.lstmrisk.lstm.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ojalgo.matrix.store.R064Store;

/**
 * The reference implementation of {@link MatrixKernel}: copies each operand view into a scratch
 * {@link R064Store} (column-major, allocated once per shape and reused) and multiplies with ojAlgo's
 * {@code fillByMultiplying}. Portable (no incubator module) and the yardstick the fast kernel is tested
 * against. An instance keeps scratch stores and is confined to one thread.
 */
public final class OjAlgoKernel implements MatrixKernel {

    private final List<R064Store> leftScratch = new ArrayList<>();
    private final List<R064Store> rightScratch = new ArrayList<>();
    private final List<R064Store> productScratch = new ArrayList<>();

    /** Creates a kernel with empty scratch space. */
    public OjAlgoKernel() {
        // scratch stores are created on first use of each shape
    }

    @Override
    public void multiply(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
            double[] c, int cOff, int ldc, boolean accumulate) {
        product(m, n, k, a, aOff, lda, 1, b, bOff, ldb, 1, c, cOff, ldc, accumulate);
    }

    @Override
    public void multiplyTransposedLeft(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
            int ldb, double[] c, int cOff, int ldc, boolean accumulate) {
        product(m, n, k, a, aOff, 1, lda, b, bOff, ldb, 1, c, cOff, ldc, accumulate);
    }

    @Override
    public void multiplyTransposedRight(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
            int ldb, double[] c, int cOff, int ldc, boolean accumulate) {
        product(m, n, k, a, aOff, lda, 1, b, bOff, 1, ldb, c, cOff, ldc, accumulate);
    }

    @Override
    public String name() {
        return "ojalgo";
    }

    /** Element (i, p) of A is at aOff + i·ars + p·acs; element (p, j) of B at bOff + p·brs + j·bcs. */
    private void product(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff,
            int brs, int bcs, double[] c, int cOff, int ldc, boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (!accumulate) {
                for (int i = 0; i < m; i++) {
                    Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0.0);
                }
            }
            return;
        }
        R064Store left = scratch(leftScratch, m, k);
        R064Store right = scratch(rightScratch, k, n);
        R064Store prod = scratch(productScratch, m, n);
        double[] l = left.data;
        for (int p = 0; p < k; p++) {
            int col = p * m;
            for (int i = 0; i < m; i++) {
                l[col + i] = a[aOff + i * ars + p * acs];
            }
        }
        double[] r = right.data;
        for (int j = 0; j < n; j++) {
            int col = j * k;
            for (int p = 0; p < k; p++) {
                r[col + p] = b[bOff + p * brs + j * bcs];
            }
        }
        prod.fillByMultiplying(left, right);
        double[] pr = prod.data;
        for (int i = 0; i < m; i++) {
            int row = cOff + i * ldc;
            if (accumulate) {
                for (int j = 0; j < n; j++) {
                    c[row + j] += pr[i + j * m];
                }
            } else {
                for (int j = 0; j < n; j++) {
                    c[row + j] = pr[i + j * m];
                }
            }
        }
    }

    private static R064Store scratch(List<R064Store> cache, int rows, int cols) {
        for (int s = 0, size = cache.size(); s < size; s++) {
            R064Store store = cache.get(s);
            if (store.getRowDim() == rows && store.getColDim() == cols) {
                return store;
            }
        }
        R064Store store = R064Store.FACTORY.make(rows, cols);
        cache.add(store);
        return store;
    }
}
