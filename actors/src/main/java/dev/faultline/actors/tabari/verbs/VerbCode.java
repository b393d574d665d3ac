package dev.faultline.actors.tabari.verbs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event code from a verb dictionary: a CAMEO code such as {@code 0874}, or {@code ---} for "this
 * verb or pattern is known and codes no event". A symmetric code {@code [050:050]} has a {@code reverse}
 * code for the event from the target back to the source (PETRARCH codes both); otherwise it is null.
 * PETRARCH 2's {@code [:051]} ("received support") codes only the reverse event: its {@code code} is
 * {@code ---}.
 */
public record VerbCode(String code, String reverse) {
    private static final Pattern TOKEN = Pattern.compile("---|[A-Za-z0-9]+");
    private static final Pattern CAMEO = Pattern.compile("---|\\d{2,4}");
    /** {@code ---}: no event (declared after the patterns its constructor checks against). */
    public static final VerbCode NONE = new VerbCode("---", null);

    public VerbCode {
        Objects.requireNonNull(code, "code");
        if (!TOKEN.matcher(code).matches()) throw new IllegalArgumentException("not a code: '" + code + "'");
        if (reverse != null && !TOKEN.matcher(reverse).matches()) {
            throw new IllegalArgumentException("not a reverse code: '" + reverse + "'");
        }
    }

    /** Parses the inside of {@code [...]}: {@code 0874}, {@code ---}, {@code 050:050}. */
    public static VerbCode parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("an empty [code]");
        int colon = t.indexOf(':');
        if (colon < 0) return new VerbCode(t, null);
        String forward = t.substring(0, colon).strip();
        String reverse = t.substring(colon + 1).strip();
        if (reverse.isEmpty()) throw new IllegalArgumentException("a [code:] without its reverse code");
        return new VerbCode(forward.isEmpty() ? "---" : forward, reverse);
    }

    /** True for {@code ---} (with no reverse event): known, but no event. */
    public boolean isNull() {
        return code.equals("---") && (reverse == null || reverse.equals("---"));
    }

    public boolean isSymmetric() {
        return reverse != null;
    }

    /**
     * True when both codes look like CAMEO (two to four digits, or {@code ---}); dictionaries such as
     * PETRARCH's validation suite also use test codes like {@code def} or {@code 075A}, which are kept.
     */
    public boolean isCameo() {
        return CAMEO.matcher(code).matches() && (reverse == null || CAMEO.matcher(reverse).matches());
    }

    @Override
    public String toString() {
        if (reverse == null) return code;
        return code.equals("---") ? ":" + reverse : code + ":" + reverse;
    }
}
