package dev.faultline.nlp.ner;

import dev.faultline.domain.text.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Adds fine types to a sentence's coarse (PERSON / ORGANIZATION / LOCATION) spans, in one pass:
 * <ul>
 *   <li>a LOCATION span that is exactly a known city, country, state or nationality takes that type;
 *       a PERSON span of two or more words that is exactly a known place becomes that place
 *       (the CRF tags "Abu Kamal" PERSON);</li>
 *   <li>outside the coarse spans, capitalized countries, states, nationalities and religions are
 *       added, and capitalized cities when not sentence-initial (where every word is capitalized);</li>
 *   <li>a TITLE is added only where it titles someone: right before a PERSON span ("Defense Minister
 *       Amir Hatami") or before "of" ("the commander of the Quds Force") — the KBP title list holds
 *       26,000 job words, most of them common nouns elsewhere.</li>
 * </ul>
 * Thread-safe.
 */
public final class FineTyper {
    /** Words the KBP list calls titles that news prose uses otherwise. */
    private static final Set<String> NOT_TITLES = Set.of("river", "guard", "driver", "head", "source", "agent");
    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.COUNTRY, EntityType.STATE_OR_PROVINCE);

    private final FineTypePhrases phrases;

    public FineTyper(FineTypePhrases phrases) {
        this.phrases = Objects.requireNonNull(phrases, "phrases");
    }

    /**
     * @param words  the sentence's tokens as written
     * @param coarse the CRF's spans, not overlapping
     * @return the coarse spans (some retyped) and the added ones, in token order
     */
    public List<TokenSpan> apply(List<String> words, List<TokenSpan> coarse) {
        List<TokenSpan> out = new ArrayList<>(coarse.size() + 4);
        boolean[] covered = new boolean[words.size()];
        int[] personStarts = new int[words.size() + 1];
        for (TokenSpan s : coarse) {
            for (int k = s.begin(); k < s.end(); k++) covered[k] = true;
            if (s.type() == EntityType.PERSON) personStarts[s.begin()] = 1;
            out.add(refine(words, s));
        }
        int i = 0;
        while (i < words.size()) {
            FineTypePhrases.Hit hit = covered[i] ? null : phrases.longestAt(words, i);
            if (hit != null && free(covered, hit) && accept(words, hit, personStarts)) {
                out.add(new TokenSpan(hit.type(), hit.begin(), hit.end()));
                i = hit.end();
            } else {
                i++;
            }
        }
        out.sort(Comparator.comparingInt(TokenSpan::begin));
        return out;
    }

    private TokenSpan refine(List<String> words, TokenSpan s) {
        if (s.type() == EntityType.LOCATION) {
            EntityType t = phrases.exact(words, s.begin(), s.end());
            if (t != null && (PLACES.contains(t) || t == EntityType.NATIONALITY)) return s.withType(t);
        } else if (s.type() == EntityType.PERSON) {
            // A lone word the recogniser calls a person but the fine-type phrases know as a city ("Darayya") is
            // the city; lone country names stay people ("Jordan", "Chad" are given names too).
            EntityType t = phrases.exact(words, s.begin(), s.end());
            boolean several = s.end() - s.begin() >= 2;
            if (t != null && (several ? PLACES.contains(t) : t == EntityType.CITY)) return s.withType(t);
        }
        return s;
    }

    private static boolean free(boolean[] covered, FineTypePhrases.Hit hit) {
        for (int k = hit.begin(); k < hit.end(); k++) if (covered[k]) return false;
        return true;
    }

    private static boolean accept(List<String> words, FineTypePhrases.Hit hit, int[] personStarts) {
        String first = words.get(hit.begin());
        boolean capitalized = !first.isEmpty() && Character.isUpperCase(first.charAt(0));
        return switch (hit.type()) {
            case COUNTRY, STATE_OR_PROVINCE, NATIONALITY, RELIGION -> capitalized;
            case CITY -> capitalized && hit.begin() > 0;
            case TITLE -> {
                boolean single = hit.end() - hit.begin() == 1;
                if (single && NOT_TITLES.contains(first.toLowerCase(Locale.ROOT))) yield false;
                boolean beforePerson = personStarts[hit.end()] == 1;
                boolean beforeOf = hit.end() < words.size() && words.get(hit.end()).equals("of");
                yield beforePerson || beforeOf;
            }
            case WEAPON, MILITARY_PLATFORM -> true;
            case PLACE_NOUN -> !first.isEmpty() && Character.isLowerCase(first.charAt(0));
            default -> false;
        };
    }
}
