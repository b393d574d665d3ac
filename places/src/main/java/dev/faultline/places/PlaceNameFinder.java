package dev.faultline.places;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import static dev.faultline.places.PlaceWords.*;

/**
 * Finds a sentence's place names in text order: the recogniser's place mentions, and runs of proper
 * nouns that name no actor, the longest run the gazetteer knows first. A word after a name that says
 * what kind of place it is ("province", "countryside", "town") is kept with it.
 */
final class PlaceNameFinder {
    private static final int MAX_NAME_TOKENS = 4;

    private PlaceNameFinder() {}

    /** Where names are looked up: the gazetteer, through a memo that lasts one article (names recur). */
    @FunctionalInterface
    interface Lookup {
        List<Gazetteer.Match> candidates(String name);
    }

    static List<PlaceName> in(ResolvedDocument resolved, Sentence s, Lookup gazetteer) {
        AnnotatedDocument doc = resolved.document();
        List<Token> tokens = s.tokens();
        boolean[] taken = new boolean[tokens.size()];
        boolean[] placeWords = new boolean[tokens.size()];
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type().isLocation()) mark(placeWords, m.tokenBegin(), m.tokenEnd());
            boolean notAPlace = m.type() == EntityType.NATIONALITY || m.type() == EntityType.RELIGION
                    || m.type() == EntityType.PERSON && !personPlace(m, tokens, gazetteer);
            if (notAPlace) mark(taken, m.tokenBegin(), m.tokenEnd());   // "English Channel"
        }
        boolean[] stateActor = new boolean[tokens.size()];
        for (ActorMention m : resolved.actorsIn(s.index())) {
            if (m.actor().kind() == ActorKind.STATE) mark(stateActor, m.tokenBegin(), m.tokenEnd());
        }
        for (ActorMention m : resolved.actorsIn(s.index())) {
            // a name the knowledge base lacks may still be a place: one the recogniser calls a place ("Cabo Delgado"),
            // one after "in" or "near" ("demonstrated in Rehovot"), one before a word for a place ("Shahba town")
            boolean candidate = m.actor().origin() == ActorRef.Origin.CANDIDATE && m.tokenBegin() < placeWords.length;
            boolean maybePlace = candidate && (placeWords[m.tokenBegin()] || locativeBefore(tokens, m.tokenBegin())
                    || kind(m.text(), tokens, m.tokenBegin(), m.tokenEnd()) != PlaceName.Kind.NONE
                    || countryPossessive(tokens.get(m.tokenBegin()).word(), gazetteer));
            // a capital standing for its government ("Seoul said") is still the city where the text says a place is meant:
            // "(Seoul City - Jongno)", "Seoul city"
            boolean metonym = m.actor().origin() == ActorRef.Origin.DERIVED && m.actor().kind() != ActorKind.STATE
                    && m.tokenBegin() < placeWords.length && Character.isUpperCase(m.text().charAt(0))
                    && (bracketed(tokens, m.tokenBegin()) || kind(m.text(), tokens, m.tokenBegin(), m.tokenEnd()) != PlaceName.Kind.NONE
                        || m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).word().equals("City"));
            maybePlace |= metonym;
            if (!maybePlace) mark(taken, m.tokenBegin(), m.tokenEnd());
        }
        TreeMap<Integer, PlaceName> found = new TreeMap<>();
        boolean[] named = new boolean[tokens.size()];
        for (Mention m : doc.mentionsIn(s.index())) {
            boolean place = m.type().isLocation() || m.type() == EntityType.PERSON && personPlace(m, tokens, gazetteer);
            if (!place || m.tokenBegin() < stateActor.length && stateActor[m.tokenBegin()]) continue;   // "Serbia rejected": an actor
            if (m.tokenBegin() < named.length && named[m.tokenBegin()]) continue;    // "Este" of "Ciudad del Este", found whole
            int begin = m.tokenBegin(), end = joined(doc, tokens, begin, articleTail(tokens, m.tokenEnd()), gazetteer);
            if (facilityAfter(tokens, end)) {
                found.put(begin, facility(doc, tokens, begin, end));
                mark(taken, begin, end);
                continue;
            }
            if (end - begin > 1 && countryPossessive(tokens.get(begin).word(), gazetteer)) begin++;   // "Iraqs Mosul"
            String text = doc.text(tokens.get(begin).begin(), tokens.get(end - 1).end());
            List<Gazetteer.Match> c = divisionOrCountry(tokens, begin, text, gazetteer.candidates(text));
            if (c.isEmpty()) continue;                                  // its words may still name a place ("Kanpur" in "Kanpur Dehat")
            found.put(begin, new PlaceName(text, begin, end, kind(text, tokens, begin, end), true, c, null));
            mark(taken, m.tokenBegin(), end);
            mark(named, begin, end);
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (taken[i] || !isProperNoun(tokens.get(i)) && !leadingArticle(tokens, i)) continue;
            if (i + 1 < tokens.size() && countryPossessive(tokens.get(i).word(), gazetteer)) continue;   // "Iraqs Mosul": Mosul
            int end = leadingArticle(tokens, i) ? i + 1 : i;
            while (end < tokens.size() && end - i < MAX_NAME_TOKENS && !taken[end]
                    && (isProperNoun(tokens.get(end)) || innerArticle(tokens, end) || ARTICLE_WORD.matcher(tokens.get(end).word()).matches()
                        || hyphenJoin(tokens, end))) end++;
            if (facilityAfter(tokens, end)) {
                found.put(i, facility(doc, tokens, i, end));
                i = end - 1;
                continue;
            }
            int longer = joined(doc, tokens, i, end, gazetteer);
            for (int t = end; t < longer; t++) if (taken[t]) longer = end;
            if (longer > end) {                 // "Castilla y Leon", "Ciudad del Este": the gazetteer knows it whole
                String name = doc.text(tokens.get(i).begin(), tokens.get(longer - 1).end());
                found.put(i, new PlaceName(name, i, longer, kind(name, tokens, i, longer), locativeBefore(tokens, i),
                        countryOrAll(name, gazetteer.candidates(name)), null));
                i = longer - 1;
                continue;
            }
            boolean facility = FACILITY_WORDS.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT));
            for (int j = end; j > i; j--) {
                if (j - i == 1 && NOT_A_PLACE_ALONE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) continue;
                if (facility && j < end) break;   // "Nelson Mandela Square", "Jefferson Park": named for people, not for places
                String name = doc.text(tokens.get(i).begin(), tokens.get(j - 1).end());
                List<Gazetteer.Match> c = divisionOrCountry(tokens, i, name, gazetteer.candidates(name));
                if (c.isEmpty() && name.length() > 4 && name.endsWith("s")) c = lostApostrophe(name, gazetteer);
                // after "in" or "near" the syntax says what the recogniser did not: a place ("rallied in Quimperle"),
                // but only by its own spelling, not its skeleton ("in Russian & Assad Regime Airstrikes")
                boolean locative = j == end && locativeBefore(tokens, i);
                if (locative) c = c.stream().filter(m -> m.kind() != Gazetteer.MatchKind.SKELETON).toList();
                if (!c.isEmpty()) {
                    found.put(i, new PlaceName(name, i, j, kind(name, tokens, i, j), locative, c, null));
                    break;
                }
            }
            i = end - 1;                        // a run's later words alone are no place ("Jefferson Plaza": not "Plaza")
        }
        return contained(new ArrayList<>(found.values()), tokens);
    }

    /**
     * Links each name to the next when only brackets, commas, "of", "in" and words for a kind of place
     * lie between them: the later one is where the earlier lies ("Raghwan (Madghal, Marib)").
     */
    private static List<PlaceName> contained(List<PlaceName> names, List<Token> tokens) {
        for (int i = names.size() - 2; i >= 0; i--) {
            PlaceName inner = names.get(i), outer = names.get(i + 1);
            // a facility's name is no place to lie in ("the Garibaldi square in Palermo" does not place what precedes it)
            boolean linked = outer.tokenBegin() - inner.tokenEnd() <= 6 && !outer.candidates().isEmpty();
            boolean bracket = false;
            for (int t = inner.tokenEnd(); linked && t < outer.tokenBegin(); t++) {
                String word = tokens.get(t).word(), w = word.toLowerCase(Locale.ROOT);
                bracket |= w.equals("(") || w.equals("-lrb-");
                // inside brackets a name the gazetteer lacks may stand between: "Rada city (Rada district, Al Bayda)"
                linked = CONTAINER_LINKS.contains(w) || DIVISION_WORDS.contains(w) || SETTLEMENT_WORDS.contains(w)
                        || bracket && Character.isUpperCase(word.charAt(0));
            }
            if (linked && quarterOf(tokens, inner, outer)) inner = inCitysCountry(inner, outer);
            if (linked) names.set(i, inner.within(outer));
        }
        return List.copyOf(names);
    }

    /** Whether the text calls a name a part of the next: "the Mezzeh district in Damascus", "the Jadida neighbourhood of Mosul". */
    private static boolean quarterOf(List<Token> tokens, PlaceName inner, PlaceName outer) {
        if (outer.tokenBegin() < 1) return false;
        String link = tokens.get(outer.tokenBegin() - 1).word().toLowerCase(Locale.ROOT);
        if (!link.equals("in") && !link.equals("of")) return false;
        for (int t = inner.tokenEnd(); t < outer.tokenBegin(); t++) {
            if (QUARTER_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) return true;
        }
        return FACILITY_WORDS.contains(tokens.get(inner.tokenEnd() - 1).word().toLowerCase(Locale.ROOT));   // "Victoria Square in Belfast"
    }

    /**
     * A quarter of a large town lies in the town's country: its namesakes abroad are not meant, and when it has none
     * there it is a quarter the gazetteer lacks (the event then takes the town).
     */
    private static PlaceName inCitysCountry(PlaceName inner, PlaceName outer) {
        Set<String> countries = new java.util.HashSet<>();
        for (Gazetteer.Match m : outer.candidates()) {
            if (m.kind() != Gazetteer.MatchKind.SKELETON && !m.place().isCountry() && !m.place().isAdmin1()
                    && m.place().population() >= 100_000) countries.add(m.place().country());
        }
        if (countries.isEmpty()) return inner;
        return new PlaceName(inner.text(), inner.tokenBegin(), inner.tokenEnd(), inner.kind(), inner.recognised(),
                inner.candidates().stream().filter(m -> countries.contains(m.place().country())).toList(), inner.container());
    }

    private static void mark(boolean[] a, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < a.length; i++) a[i] = true;
    }

    /** In brackets a division is meant, so a country's name may be a state's ("Athens (Georgia)"); elsewhere {@link #countryOrAll}. */
    private static List<Gazetteer.Match> divisionOrCountry(List<Token> tokens, int begin, String name, List<Gazetteer.Match> all) {
        return bracketed(tokens, begin) && all.stream().anyMatch(x -> x.place().isAdmin1()) ? all : countryOrAll(name, all);
    }

    /** A country's name names the country, not the towns that bear it ("Italy", not Italy, Texas); "Salvador" is not El Salvador's. */
    private static List<Gazetteer.Match> countryOrAll(String name, List<Gazetteer.Match> candidates) {
        for (Gazetteer.Match m : candidates) {
            if (m.place().isCountry() && m.kind() != Gazetteer.MatchKind.SKELETON && !PlaceNames.articleOnly(name, m.place().name())) {
                return List.of(m);
            }
        }
        return candidates;
    }

    /** What the name's own last word, else the word after it, says it is. */
    static PlaceName.Kind kind(String name, List<Token> tokens, int begin, int end) {
        String key = PlaceNames.key(name);
        if (PlaceNames.namesAdminArea(key)) return PlaceName.Kind.DIVISION;
        if (!PlaceNames.withoutKind(key).equals(key)) return PlaceName.Kind.SETTLEMENT;
        if (begin >= 2 && tokens.get(begin - 1).word().equalsIgnoreCase("of")) {     // "the countryside of Deir ez Zor", "the town of Shiheil"
            String before = tokens.get(begin - 2).word().toLowerCase(Locale.ROOT);
            if (DIVISION_WORDS.contains(before)) return PlaceName.Kind.DIVISION;
            if (SETTLEMENT_WORDS.contains(before)) return PlaceName.Kind.SETTLEMENT;
        }
        if (end < 0 || end >= tokens.size()) return PlaceName.Kind.NONE;
        if (bracketed(tokens, begin)) return PlaceName.Kind.DIVISION;
        String w = tokens.get(end).word().toLowerCase(Locale.ROOT);
        if (DIVISION_WORDS.contains(w)) return PlaceName.Kind.DIVISION;
        if (SETTLEMENT_WORDS.contains(w)) return PlaceName.Kind.SETTLEMENT;
        return PlaceName.Kind.NONE;
    }

    /**
     * Whether a name stands in brackets after another, where reports put the district and province
     * ("Yarumal (Antioquia)", "Jhelum city (Jhelum, Punjab)"): divisions are meant there.
     */
    private static boolean bracketed(List<Token> tokens, int begin) {
        for (int k = begin - 1; k >= 0 && k >= begin - 6; k--) {
            String w = tokens.get(k).word();
            if (w.equals("(") || w.equals("-LRB-")) return true;
            if (w.equals(")") || w.equals("-RRB-") || !w.equals(",") && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return false;
    }

    /**
     * The end of a longer name that the gazetteer knows by its own or an alternate name, continuing the one that
     * ends at {@code end} across capitalised words and the small words that join them ("Ciudad" + "del Este", "Deir"
     * + "ez Zor", "Castilla" + "y Leon"), which the recogniser and the tagger split; else {@code end}.
     */
    private static int joined(AnnotatedDocument doc, List<Token> tokens, int begin, int end, Lookup gazetteer) {
        for (int k = Math.min(tokens.size(), end + MAX_NAME_TOKENS - 1); k > end; k--) {
            if (!capitalised(tokens.get(k - 1))) continue;
            boolean joins = true;
            for (int t = end; t < k - 1 && joins; t++) {
                joins = capitalised(tokens.get(t)) || JOINING_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
            }
            if (!joins) continue;
            String text = doc.text(tokens.get(begin).begin(), tokens.get(k - 1).end());
            if (gazetteer.candidates(text).stream().anyMatch(c -> c.kind() != Gazetteer.MatchKind.SKELETON)) return k;
        }
        return end;
    }

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && Character.isLetter(t.word().charAt(0));
    }

    /** The end of a name, past the hyphenated article words that continue it: "Deir" + "az-Zour", "Jisr" + "al-Shughur". */
    private static int articleTail(List<Token> tokens, int end) {
        while (end < tokens.size()) {
            if (ARTICLE_WORD.matcher(tokens.get(end).word()).matches()) end++;
            else if (end + 2 < tokens.size() && INNER_ARTICLES.contains(tokens.get(end).word()) && tokens.get(end + 1).word().equals("-")
                    && Character.isUpperCase(tokens.get(end + 2).word().charAt(0))) end += 3;      // "az", "-", "Zour"
            else if (hyphenJoin(tokens, end)) end += 2;                                            // "Nord", "-", "Kivu"
            else break;
        }
        return end;
    }

    /**
     * Whether the hyphen at {@code i} joins the word before it to a capitalised word after it with no space
     * between them: one name ("Nord-Kivu", "Sud-Ouest", "Saint-Louis-du-Nord"), which the tokenizer split.
     */
    private static boolean hyphenJoin(List<Token> tokens, int i) {
        if (i < 1 || i + 1 >= tokens.size() || !tokens.get(i).word().equals("-")) return false;
        Token before = tokens.get(i - 1), hyphen = tokens.get(i), after = tokens.get(i + 1);
        return before.end() == hyphen.begin() && hyphen.end() == after.begin() && Character.isUpperCase(after.word().charAt(0));
    }

    private static final java.util.regex.Pattern ARTICLE_WORD = java.util.regex.Pattern.compile("(?:al|el|az|ez|as|es|ash|ad|ed|ar|er|an|at)-\\p{Lu}\\S*");

    /** A large town's name with its possessive's apostrophe lost in copying: "Mosuls Old City". */
    private static List<Gazetteer.Match> lostApostrophe(String name, Lookup gazetteer) {
        return gazetteer.candidates(name.substring(0, name.length() - 1)).stream()
                .filter(m -> m.kind() == Gazetteer.MatchKind.NAME && m.place().population() >= 100_000).toList();
    }

    /** A name the recogniser took for a person that the words around say is a place: "Shahba town", "Syrias Homs". */
    private static boolean personPlace(Mention m, List<Token> tokens, Lookup gazetteer) {
        return kind(m.text(), tokens, m.tokenBegin(), m.tokenEnd()) != PlaceName.Kind.NONE
                || m.tokenEnd() - m.tokenBegin() > 1 && countryPossessive(tokens.get(m.tokenBegin()).word(), gazetteer)
                || locatedPerson(m, tokens, gazetteer);
    }

    /**
     * A one-word "person" after "in" or "near" that a town bears by its own or an alternate name, with no possessive
     * after it ("demonstrated in Bruel"; not "in Biden's speech"): the recogniser took a town for a surname.
     */
    private static boolean locatedPerson(Mention m, List<Token> tokens, Lookup gazetteer) {
        if (m.tokenEnd() - m.tokenBegin() != 1 || !locativeBefore(tokens, m.tokenBegin())) return false;
        if (m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).word().startsWith("'")) return false;
        return gazetteer.candidates(m.text()).stream().anyMatch(c -> c.kind() != Gazetteer.MatchKind.SKELETON && !c.place().isCountry());
    }

    /** A country's name with its possessive's apostrophe lost in copying: "Syrias", "Iraqs". */
    private static boolean countryPossessive(String word, Lookup gazetteer) {
        if (word.length() < 5 || !word.endsWith("s")) return false;
        return gazetteer.candidates(word.substring(0, word.length() - 1)).stream()
                .anyMatch(m -> m.place().isCountry() && m.kind() == Gazetteer.MatchKind.NAME);
    }

    /** An Arabic article inside a name, between two capitalised words: "Deir ez Zor", "Ras al Ain", "Deir az - Zour". */
    private static boolean innerArticle(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return false;
        String w = tokens.get(i).word();
        if (INNER_ARTICLES.contains(w)) {
            return isProperNoun(tokens.get(i + 1)) || tokens.get(i + 1).word().equals("-") && i + 2 < tokens.size() && isProperNoun(tokens.get(i + 2));
        }
        return w.equals("-") && i > 0 && INNER_ARTICLES.contains(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i + 1));
    }

    /** A capitalised Arabic article the tagger took for a preposition, opening a name: "in As Sweida", "near Al Bab". */
    private static boolean leadingArticle(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        return i + 1 < tokens.size() && LEADING_ARTICLES.contains(w) && isProperNoun(tokens.get(i + 1));
    }

    /** Whether "in", "near", "through" and the like come before a name, perhaps across a word for its part ("through central Leeds"). */
    private static boolean locativeBefore(List<Token> tokens, int i) {
        if (i > 1 && PARTS_OF_TOWN.contains(tokens.get(i - 1).word())) i--;
        return i > 0 && LOCATIVES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isProperNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && t.word().length() > 2
                && !MONTHS_AND_DAYS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word for a square or a street follows a name in lower case ("Garibaldi square", "Mazzini
     * street"): the name is the square's, often a person's, and no town of that name is meant. Other facilities
     * take the town's name ("the Hama hospital", "the Homs bridge") and are left to name it.
     */
    private static boolean facilityAfter(List<Token> tokens, int end) {
        if (end > 0 && SETTLEMENT_WORDS.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT))) return false;   // "Palermo city hall"
        boolean regnal = end < tokens.size() && REGNAL.matcher(tokens.get(end).word()).matches();   // "Hassan II university": a king's
        if (regnal) end++;
        for (int k = end; k < tokens.size() && k < end + 2; k++) {
            String w = tokens.get(k).word();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) && !regnal) return false;
            if (NAMED_FOR_PEOPLE.contains(w) || regnal && FACILITY_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
            if (!w.equals("main") && !w.equals("central")) return false;   // "Garibaldi main square"
        }
        return false;
    }

    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("I{1,3}|IV|V|VI{1,3}|IX|X");

    /** A facility's name, kept with no place so that nothing looks it up alone again ("Garibaldi" of "Garibaldi square"). */
    private static PlaceName facility(AnnotatedDocument doc, List<Token> tokens, int begin, int end) {
        return new PlaceName(doc.text(tokens.get(begin).begin(), tokens.get(end - 1).end()), begin, end, PlaceName.Kind.NONE, false,
                List.of(), null);
    }

}
