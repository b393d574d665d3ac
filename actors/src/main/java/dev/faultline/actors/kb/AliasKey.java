package dev.faultline.actors.kb;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How alias text is compared: diacritics dropped ("Malé" = "Male"), apostrophes and full stops dropped
 * ("Kata'ib" = "Kataib", "U.S." = "US"), hyphens and dashes read as spaces ("al-Assad" = "al Assad"),
 * whitespace collapsed. {@link #exact} keeps letter case for case-sensitive aliases; {@link #loose}
 * folds it too.
 */
public final class AliasKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['’‘`ʼʻ.]");
    private static final Pattern DASHES = Pattern.compile("[-‐‑‒–—]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AliasKey() {
    }

    public static String exact(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    public static String loose(String text) {
        return exact(text).toLowerCase(Locale.ROOT);
    }
}
