package dev.faultline.relations;

import dev.faultline.domain.event.CodedEvent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How much an event says about whether its sides are aligned: its Goldstein score times a factor of
 * its CAMEO code, by the longest prefix the table ({@value #DEFAULT}, with its sources) lists.
 * Requests and statements count nothing, verbal cooperation half or less, material cooperation and
 * any conflict in full. Immutable; the shipped table is read once per process.
 */
final class Alignment {
    static final String DEFAULT = "alignment.tsv";

    private final Map<String, Double> factors;

    private Alignment(Map<String, Double> factors) {
        this.factors = Map.copyOf(factors);
    }

    private static final class Shipped {
        static final Alignment TABLE = load();

        private static Alignment load() {
            try (InputStream in = Alignment.class.getResourceAsStream(DEFAULT)) {
                if (in == null) throw new IllegalStateException("the alignment table " + DEFAULT + " is missing from the build");
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + DEFAULT);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the alignment table " + DEFAULT + ": " + e.getMessage(), e);
            }
        }
    }

    /** The table that ships with Faultline. */
    static Alignment shipped() {
        return Shipped.TABLE;
    }

    /**
     * Parses a table: {@code prefix<TAB>factor<TAB>why} lines after a {@code version<TAB>1} line, {@code #}
     * comments. Every CAMEO root 01–20 must be listed, so that no event falls through.
     *
     * @throws IllegalArgumentException naming {@code origin} and the line, for a bad prefix or factor, a
     *                                  prefix listed twice, or a root missing
     */
    static Alignment parse(String text, String origin) {
        Map<String, Double> factors = new HashMap<>();
        boolean versioned = false;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (!versioned) {
                if (f.length < 2 || !f[0].equals("version") || !f[1].strip().equals("1")) {
                    throw new IllegalArgumentException(origin + ":" + n + ": expected 'version<TAB>1' first, found '" + line + "'");
                }
                versioned = true;
                continue;
            }
            if (f.length != 3 || !f[0].matches("\\d{2,4}")) {
                throw new IllegalArgumentException(origin + ":" + n + ": expected prefix<TAB>factor<TAB>why with a CAMEO code prefix, found '" + line + "'");
            }
            double factor;
            try {
                factor = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + ":" + n + ": factor '" + f[1] + "' is no number", e);
            }
            if (factor < 0 || factor > 1) throw new IllegalArgumentException(origin + ":" + n + ": factor " + factor + " out of 0..1");
            if (factors.put(f[0], factor) != null) throw new IllegalArgumentException(origin + ":" + n + ": prefix " + f[0] + " listed twice");
        }
        for (int root = 1; root <= 20; root++) {
            String r = String.format(java.util.Locale.ROOT, "%02d", root);
            if (!factors.containsKey(r)) throw new IllegalArgumentException(origin + ": CAMEO root " + r + " is not listed");
        }
        return new Alignment(factors);
    }

    /** The factor of a CAMEO code: its longest listed prefix's. */
    double factor(String cameo) {
        for (int len = cameo.length(); len >= 2; len--) {
            Double f = factors.get(cameo.substring(0, len));
            if (f != null) return f;
        }
        throw new IllegalArgumentException("CAMEO code '" + cameo + "' has no root in the alignment table");
    }

    /** The event's score as evidence of alignment: its Goldstein score times its code's factor. */
    double score(CodedEvent e) {
        return e.goldstein() * factor(e.cameo());
    }
}
