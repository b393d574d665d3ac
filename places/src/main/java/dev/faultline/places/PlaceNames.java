package dev.faultline.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys a place name is looked up by. The {@link #key} makes common spellings of one name meet:
 * letters without accents, lower case, apostrophes and ayn marks dropped, hyphens and dots made spaces
 * a word-final h after a vowel and a leading Arabic article dropped ("Deir ez-Zor" → "deir ez zor",
 * "Al-Bab" → "bab", "Ma'rib" → "marib", "Ar-Raqqah" → "raqqa"). The {@link #skeleton} is
 * coarser, for transliterations that differ in their vowels: articles anywhere dropped, vowels and the
 * glides next to them dropped, doubled letters made single and the digraphs of one sound merged
 * ("Nasseriya" and "Nasiriyah" → "nsr"; "Deir al-Zour" and "Dayr az Zawr" → "drzr"; "Idleb" and "Idlib" → "dlb"; "Thi Qar"
 * and "Dhi Qar" → "dkr", as th and dh both write the Arabic dh and th).
 */
final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.,()]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’'`‘ʿʾ]");
    /** A word-final h after a vowel, which transliterations keep or drop: "Raqqah" and "Raqqa", "Ninawah" and "Ninawa". */
    private static final Pattern FINAL_H = Pattern.compile("(?<=\\S{2})([aeiou])h\\b");
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|as|ash|ad|ar|az|an|at) (?=\\S{3})");
    /** Arabic article forms (and Persian ezafe) as words of their own, after {@link #key} has split them off. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "as", "es", "ash", "esh", "ad", "ed", "ar", "er",
            "az", "ez", "an", "en", "at", "et", "ath", "adh", "e", "i", "a");
    /** Skeletons shorter than this say too little to match on (a two-consonant one takes more: see PlaceContext). */
    static final int MIN_SKELETON = 2;

    private PlaceNames() {}

    static String key(String name) {
        return ARTICLE.matcher(keyWithArticle(name)).replaceFirst("");
    }

    private static String keyWithArticle(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return FINAL_H.matcher(s).replaceAll("$1");
    }

    /** The consonant skeleton of a key (see the class comment); empty when the key has too few consonants. */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            if (word.isEmpty() || ARTICLES.contains(word)) continue;
            String w = word;
            if (w.length() > 3 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) w = w.substring(0, w.length() - 1);
            w = w.replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "d").replace("ph", "f")
                    .replace("ck", "k").replace('q', 'k');
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (isVowel(c)) continue;
                boolean glide = (c == 'y' || c == 'w')
                        && (i > 0 && isVowel(w.charAt(i - 1)) || i + 1 < w.length() && isVowel(w.charAt(i + 1)));
                if (glide) continue;
                if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
                out.append(c);
            }
        }
        return out.length() >= MIN_SKELETON ? out.toString() : "";
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static final Pattern KIND = Pattern.compile(
            " (city|town|village|district|province|governorate|region|county|township|state|municipality|countryside|area|camp"
                    + "|oblast|krai|prefecture|department|countryside|suburbs|outskirts|desert|badia|neighbourhood|neighborhood"
                    + "|lga|parish|tehsil|taluka|upazila|woreda|kebele|commune|barangay|sub county|subcounty)$");
    private static final Pattern ADMIN_KIND = Pattern.compile(" (province|governorate|region|state|oblast|krai|prefecture|countryside|suburbs)$");

    /**
     * Whether {@code text} is {@code name} only once the leading article of {@code name} is dropped: "Salvador" for
     * El Salvador, which is the country only when the article is written.
     */
    static boolean articleOnly(String text, String name) {
        return !keyWithArticle(text).equals(keyWithArticle(name)) && key(text).equals(key(name));
    }

    /** A key without a trailing word for what kind of place it is: "batumi city" → "batumi". */
    static String withoutKind(String key) {
        return KIND.matcher(key).replaceFirst("");
    }

    /** True when a key ends in a word for a first-level division or its surroundings: "idlib province", "aleppo countryside". */
    static boolean namesAdminArea(String key) {
        return ADMIN_KIND.matcher(key).find();
    }

    /** True when a key says too little to be looked up: under three letters, or an article alone ("Al"). */
    static boolean tooShort(String key) {
        return key.length() < 3 || ARTICLES.contains(key);
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
