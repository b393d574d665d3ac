package dev.faultline.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * A MinHash signature over an article's word shingles: {@code values[i]} is the least hash of the
 * article's shingles under the i-th hash function. Two signatures' fraction of equal values estimates
 * the Jaccard similarity of the shingle sets.
 */
public record Signature(int[] values) {
    public Signature {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) throw new IllegalArgumentException("an empty signature");
        values = values.clone();
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    /** Estimated Jaccard similarity, in [0, 1]. */
    public double similarity(Signature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + values.length + " and " + other.values.length);
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) same++;
        }
        return (double) same / values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature[" + values.length + " values]";
    }
}
