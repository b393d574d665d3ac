package dev.faultline.events.tabari;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A TABARI discard list: phrases whose presence means a sentence (or, marked {@code +}, its whole story)
 * is not about political events ("typhoon", "World Golf Championships"), so nothing is coded from it.
 * Lines are phrases with words joined by spaces or {@code _}; {@code #} starts a comment; {@code <!-- -->}
 * lines are skipped.
 */
public final class Discards {
    private final List<List<String>> phrases;

    private Discards(List<List<String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static Discards none() {
        return new Discards(List.of());
    }

    public static Discards load(List<Path> files) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String s = line;
                int hash = s.indexOf('#');
                if (hash >= 0) s = s.substring(0, hash);
                s = s.strip();
                if (s.isEmpty() || s.startsWith("<!--") || s.startsWith("<")) continue;
                if (s.startsWith("+")) s = s.substring(1);
                List<String> words = Arrays.stream(s.toUpperCase(Locale.ROOT).split("[_\\s]+")).filter(w -> !w.isEmpty()).toList();
                if (!words.isEmpty()) out.add(words);
            }
        }
        return new Discards(out);
    }

    public int size() {
        return phrases.size();
    }

    /** True when the upper-cased words contain a discard phrase. */
    public boolean matches(List<String> words) {
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= words.size(); i++) {
                if (words.subList(i, i + p.size()).equals(p)) return true;
            }
        }
        return false;
    }
}
