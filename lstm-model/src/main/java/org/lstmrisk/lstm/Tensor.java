package org.lstmrisk.lstm;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named parameter tensor as a flat row-major {@code double[]} of {@code rows × cols} values (vectors
 * have one row), the unit of export and import of {@link NetworkWeights} and {@link AdamState}.
 *
 * <p>This class is immutable and thread-safe: the array is copied in and out.
 *
 * @param name   e.g. {@code layer0.kernel}
 * @param rows   at least 1
 * @param cols   at least 1
 * @param values rows·cols values, row-major
 */
public record Tensor(String name, int rows, int cols, double[] values) {

    /** Validates the shape and copies the values. */
    public Tensor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tensor name must not be blank, was '" + name + "'");
        }
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("tensor " + name + " needs a positive shape, was " + rows + "x" + cols);
        }
        if (values == null || values.length != rows * cols) {
            throw new IllegalArgumentException("tensor " + name + " of shape " + rows + "x" + cols + " needs "
                    + rows * cols + " values, was " + (values == null ? "null" : values.length));
        }
        values = values.clone();
    }

    /** A copy of the values, row-major. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value at (row, col). */
    public double get(int row, int col) {
        return values[row * cols + col];
    }

    double[] rawValues() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.name.equals(name) && t.rows == rows && t.cols == cols
                && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, rows, cols) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Tensor[" + name + " " + rows + "x" + cols + "]";
    }
}
