package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.AliasKey;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as the words aliases are compared with: each token read the way {@link AliasKey} reads
 * alias text (hyphens split, apostrophes and full stops dropped), so "al-Assad", "pro-Iranian" and
 * "U.S." meet their aliases however the tokenizer split them. Each word remembers its token.
 */
final class Words {
    final List<String> loose = new ArrayList<>();
    final List<String> exact = new ArrayList<>();
    final List<Integer> token = new ArrayList<>();
    final Sentence sentence;

    Words(Sentence sentence) {
        this.sentence = sentence;
        for (Token t : sentence.tokens()) {
            String e = AliasKey.exact(t.word());
            if (e.isEmpty()) continue;
            for (String piece : e.split(" ")) {
                if (piece.isEmpty()) continue;
                exact.add(piece);
                loose.add(piece.toLowerCase(java.util.Locale.ROOT));
                token.add(t.index());
            }
        }
    }

    int size() {
        return loose.size();
    }

    String loose(int w) {
        return w >= 0 && w < loose.size() ? loose.get(w) : "";
    }

    String exact(int w) {
        return w >= 0 && w < exact.size() ? exact.get(w) : "";
    }

    Token tokenOf(int w) {
        return sentence.tokens().get(token.get(w));
    }

    /** Whether any word in [from, to) has a capital letter. */
    boolean anyCapital(int from, int to) {
        for (int w = Math.max(0, from); w < Math.min(to, exact.size()); w++) {
            String s = exact.get(w);
            for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        }
        return false;
    }

    /** The exact words [from, to) joined by spaces, as case-sensitive aliases are compared. */
    String exactPhrase(int from, int to) {
        return String.join(" ", exact.subList(from, to));
    }
}
