package dev.faultline.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a place name is looked up by: letters without accents, lower case, with hyphens,
 * apostrophes and dots made spaces and a leading Arabic article dropped ("Deir ez-Zor" → "deir ez zor",
 * "Al-Bab" → "bab"), so that common spellings of one name meet.
 */
final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.’'`‘ʿʾ]+");
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|as|ash|ad|ar|az|an|at) (?=\\S{3})");

    private PlaceNames() {}

    static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return ARTICLE.matcher(s).replaceFirst("");
    }

    private static final Pattern KIND = Pattern.compile(" (city|town|village|district|province|governorate|region|county|township|state|municipality|countryside|area|camp)$");

    /** A key without a trailing word for what kind of place it is: "batumi city" → "batumi". */
    static String withoutKind(String key) {
        return KIND.matcher(key).replaceFirst("");
    }

    /** True when a key is plain Latin letters, digits and spaces (other scripts are not indexed). */
    static boolean latin(String key) {
        if (key.isEmpty()) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != ' ') return false;
        }
        return true;
    }
}
