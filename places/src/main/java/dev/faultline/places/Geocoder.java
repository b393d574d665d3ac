package dev.faultline.places;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places events on the map and says where their unnamed actors are from. An event's place is the one
 * its clause names (as the coder found it), else the first place its sentence names; it is resolved in
 * the gazetteer, preferring the countries of the article's known actors. People a report names only by
 * what they are ("protesters", "gunmen", "police") take the country where they act, as ACLED codes
 * "Protesters (India)": the event's place, else a place of its sentence, else the article's first place.
 * A place the gazetteer does not know keeps its name only; nothing is guessed from the article at large
 * for an event's place.
 */
public final class Geocoder implements Stage<CodedDocument, CodedDocument> {
    private static final int MAX_NAME_TOKENS = 4;
    private final Gazetteer gazetteer;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    /** A place name found in a sentence, with every place it may mean. */
    private record Hit(String name, List<Place> candidates) {}

    @Override
    public CodedDocument apply(CodedDocument coded) {
        if (coded.events().isEmpty()) return coded;
        AnnotatedDocument doc = coded.resolved().document();
        Map<Integer, List<Hit>> hits = new HashMap<>();
        for (Sentence s : doc.sentences()) hits.put(s.index(), hits(coded, s));
        Map<String, Integer> votes = votes(coded, hits);
        Optional<Place> articlePlace = Optional.empty();
        for (Sentence s : doc.sentences()) {
            articlePlace = first(hits.get(s.index()), votes, top(votes));
            if (articlePlace.isPresent()) break;
        }
        String top = top(votes);
        List<CodedEvent> out = new ArrayList<>(coded.events().size());
        for (CodedEvent e : coded.events()) {
            List<Place> named = e.place() == null ? List.of() : gazetteer.lookup(e.place().name());
            List<Hit> here = hits.getOrDefault(e.sentence(), List.of());
            // A clause's place that cannot lie where the article is ("Ali" in Kuwait, in a report on Deir ez-Zor)
            // gives way to a place of the sentence that can.
            boolean clauseFits = top == null || named.stream().anyMatch(p -> p.country().equals(top))
                    || here.stream().noneMatch(h -> h.candidates().stream().anyMatch(p -> p.country().equals(top)));
            Optional<Place> clause = clauseFits ? best(named, votes) : Optional.empty();
            Optional<Place> sentence = clause.isPresent() ? clause : first(here, votes, top);
            EventPlace place = e.place();
            if (clause.isPresent()) place = placed(e.place().name(), clause.get());
            else if (place == null && sentence.isPresent()) place = placed(sentence.get().name(), sentence.get());
            String country = sentence.map(Place::country).orElse(null);
            if (country == null) country = articlePlace.map(Place::country).orElse(null);
            out.add(new CodedEvent(e.id(), e.article(), e.sentence(), e.begin(), e.end(), e.text(), e.date(),
                    located(e.source(), country), located(e.target(), country), e.type(), e.mode(), e.context(), e.cameo(),
                    e.goldstein(), e.modality(), place, e.size(), e.confidence()));
        }
        return new CodedDocument(coded.resolved(), out);
    }

    /**
     * How many of the article's place names could lie in each country, plus the countries of its known
     * actors: "Ampang (Mangu, Plateau)" is in Nigeria, where Mangu and Plateau are, not in Malaysia.
     */
    private static Map<String, Integer> votes(CodedDocument coded, Map<Integer, List<Hit>> hits) {
        Map<String, Set<String>> byName = new HashMap<>();
        for (List<Hit> list : hits.values()) {
            for (Hit h : list) {
                Set<String> countries = byName.computeIfAbsent(PlaceNames.key(h.name()), k -> new HashSet<>());
                for (Place p : h.candidates()) countries.add(p.country());
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        for (Set<String> countries : byName.values()) for (String c : countries) votes.merge(c, 1, Integer::sum);
        Set<String> actorCountries = new HashSet<>();
        for (ActorMention m : coded.resolved().actors()) {
            if (m.actor().country() != null) actorCountries.add(m.actor().country());   // known actors and states' organs
        }
        for (String c : actorCountries) votes.merge(c, 1, Integer::sum);
        return votes;
    }

    /** The country most of the article's places and known actors point to; null on a tie or none. */
    private static String top(Map<String, Integer> votes) {
        String top = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > most) {
                top = v.getKey();
                most = v.getValue();
                tie = false;
            } else if (v.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : top;
    }

    /** The first of the hits that can lie in the article's main country, else the first that resolves at all. */
    private static Optional<Place> first(List<Hit> hits, Map<String, Integer> votes, String top) {
        if (top != null) {
            for (Hit h : hits) {
                for (Place p : h.candidates()) if (p.country().equals(top)) return Optional.of(p);
            }
        }
        return first(hits, votes);
    }

    private static Optional<Place> first(List<Hit> hits, Map<String, Integer> votes) {
        if (hits == null) return Optional.empty();
        for (Hit h : hits) {
            Optional<Place> p = best(h.candidates(), votes);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** A country named as such; else the candidate in the country the article's places agree on most, then the most prominent. */
    private static Optional<Place> best(List<Place> candidates, Map<String, Integer> votes) {
        Place best = null;
        for (Place p : candidates) {
            if (p.isCountry()) return Optional.of(p);
            if (best == null || votes.getOrDefault(p.country(), 0) > votes.getOrDefault(best.country(), 0)) best = p;
        }
        return Optional.ofNullable(best);
    }

    private static EventPlace placed(String name, Place p) {
        return new EventPlace(name, p.country(), p.lat(), p.lon(), p.geonameId() == 0 ? null : p.geonameId());
    }

    /** The sentence's place names in text order: place mentions, and runs of proper nouns that name no actor. */
    private List<Hit> hits(CodedDocument coded, Sentence s) {
        AnnotatedDocument doc = coded.resolved().document();
        List<Token> tokens = s.tokens();
        boolean[] taken = new boolean[tokens.size()];
        boolean[] placeWords = new boolean[tokens.size()];
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type().isLocation()) for (int i = m.tokenBegin(); i < m.tokenEnd() && i < taken.length; i++) placeWords[i] = true;
            boolean notAPlace = m.type() == EntityType.NATIONALITY || m.type() == EntityType.PERSON || m.type() == EntityType.RELIGION;
            if (notAPlace) for (int i = m.tokenBegin(); i < m.tokenEnd() && i < taken.length; i++) taken[i] = true;   // "English Channel"
        }
        boolean[] stateActor = new boolean[tokens.size()];
        for (ActorMention m : coded.resolved().actorsIn(s.index())) {
            if (m.actor().kind() == ActorKind.STATE) for (int i = m.tokenBegin(); i < m.tokenEnd() && i < stateActor.length; i++) stateActor[i] = true;
        }
        for (ActorMention m : coded.resolved().actorsIn(s.index())) {
            // a name the knowledge base lacks that the recogniser calls a place ("Cabo Delgado") may still be one
            boolean maybePlace = m.actor().origin() == ActorRef.Origin.CANDIDATE && m.tokenBegin() < placeWords.length && placeWords[m.tokenBegin()];
            if (maybePlace) continue;
            for (int i = m.tokenBegin(); i < m.tokenEnd() && i < taken.length; i++) taken[i] = true;
        }
        TreeMap<Integer, Hit> found = new TreeMap<>();
        for (Mention m : doc.mentionsIn(s.index())) {
            if (!m.type().isLocation() || m.tokenBegin() < stateActor.length && stateActor[m.tokenBegin()]) continue;   // "Serbia rejected": an actor
            List<Place> c = countryOrAll(gazetteer.lookup(m.text()));
            if (c.isEmpty()) continue;                                  // its words may still name a place ("Kanpur" in "Kanpur Dehat")
            found.put(m.tokenBegin(), new Hit(m.text(), c));
            for (int i = m.tokenBegin(); i < m.tokenEnd() && i < taken.length; i++) taken[i] = true;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (taken[i] || !isProperNoun(tokens.get(i))) continue;
            int end = i;
            while (end < tokens.size() && end - i < MAX_NAME_TOKENS && !taken[end] && isProperNoun(tokens.get(end))) end++;
            for (int j = end; j > i; j--) {
                if (j - i == 1 && NOT_A_PLACE_ALONE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) continue;
                StringBuilder name = new StringBuilder();
                for (int k = i; k < j; k++) name.append(k > i ? " " : "").append(tokens.get(k).word());
                List<Place> c = countryOrAll(gazetteer.lookup(name.toString()));
                if (!c.isEmpty()) {
                    found.put(i, new Hit(name.toString(), c));
                    break;
                }
            }
            i = end - 1;
        }
        return List.copyOf(found.values());
    }

    /** A country's name names the country, not the towns that bear it ("Italy", not Italy, Texas): it votes for that country alone. */
    private static List<Place> countryOrAll(List<Place> candidates) {
        for (Place p : candidates) if (p.isCountry()) return List.of(p);
        return candidates;
    }

    private static boolean isProperNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && t.word().length() > 2
                && !MONTHS_AND_DAYS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Capitalised words that name no place on their own: months, days, compass points, "Region". */
    private static final Set<String> NOT_A_PLACE_ALONE = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "upper", "lower", "new", "old", "greater", "region", "province", "district",
            "state", "city", "town", "village", "county", "township", "governorate", "municipality");

    /** People named by what they are, of no country yet, become those of the country where they act. */
    private static List<ActorMention> located(List<ActorMention> side, String country) {
        if (country == null || side.isEmpty()) return side;
        List<ActorMention> out = new ArrayList<>(side.size());
        for (ActorMention m : side) {
            ActorRef a = m.actor();
            boolean generic = a.country() == null && a.affiliation() == null
                    && (a.kind() == ActorKind.GROUP || a.kind() == ActorKind.ORGANIZATION)
                    && (a.origin() == ActorRef.Origin.DERIVED || a.origin() == ActorRef.Origin.CANDIDATE);
            if (!generic) {
                out.add(m);
                continue;
            }
            String id = a.id() + "-" + country.toLowerCase(Locale.ROOT);
            List<String> lineage = new ArrayList<>();
            lineage.add(id);
            lineage.addAll(a.lineage());
            ActorRef here = new ActorRef(id, a.name() + " (" + country + ")", a.kind(), country, a.sector(), a.cameo(), lineage,
                    a.origin(), null);
            out.add(new ActorMention(m.begin(), m.end(), m.sentence(), m.tokenBegin(), m.tokenEnd(), m.text(), here, m.basis(),
                    m.confidence()));
        }
        return out;
    }
}
