package dev.faultline.places;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.PlacePrecision;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.Sentence;
import dev.faultline.lexicon.CommonWords;
import dev.faultline.pipeline.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places events on the map and says where their unnamed actors are from. Every place name of the
 * article is resolved at once, each to the candidate that best fits the article ({@link PlaceContext}):
 * the countries its places and known actors point to, the divisions it names ("Abhar city (Zanjan)"),
 * the words around the name ("Idlib province" is the division), then prominence. An event's place is
 * the one its clause names, made more exact by a place of its sentence that lies within it ("in Iran …
 * in Marand city"), else the most exact place of its sentence; an act told in a sentence that names no
 * place goes on where one of the two sentences before it is set ("Police arrested two suspects days
 * later"); nothing is guessed from the article at large. People a report names only by what they are ("protesters", "gunmen")
 * take the country where they act, as ACLED codes "Protesters (India)": the event's place, else a
 * place of its sentence, else the article's first place. A name the gazetteer does not know keeps its
 * name only.
 */
public final class Geocoder implements Stage<CodedDocument, CodedDocument> {
    private final Gazetteer gazetteer;
    private final OutletGround ground;

    public Geocoder(Gazetteer gazetteer) {
        this(gazetteer, OutletGround.NONE);
    }

    private Geocoder(Gazetteer gazetteer, OutletGround ground) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.ground = Objects.requireNonNull(ground, "ground");
    }

    /** This geocoder, taking where each outlet's reports are set as a hint among namesakes ({@link OutletGround}). */
    public Geocoder withGround(OutletGround ground) {
        return new Geocoder(gazetteer, ground);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public CodedDocument apply(CodedDocument coded) {
        if (coded.events().isEmpty() && coded.forces().isEmpty()) return coded;
        AnnotatedDocument doc = coded.resolved().document();
        Map<Integer, List<PlaceName>> names = new HashMap<>();
        Map<String, List<Gazetteer.Match>> memo = new HashMap<>();
        PlaceNameFinder.Lookup lookup = name -> memo.computeIfAbsent(name, gazetteer::candidates);
        for (Sentence s : doc.sentences()) names.put(s.index(), PlaceNameFinder.in(coded.resolved(), s, lookup));
        String outlet = doc.article().outlet();
        PlaceContext context = PlaceContext.of(coded.resolved(), names, outletCountries(outlet, lookup),
                p -> GROUND_DIVISION * ground.divisionShare(outlet, p.country(), gazetteer.admin1Name(p).orElse(null))
                        + GROUND_COUNTRY * ground.countryShare(outlet, p.country()));
        Optional<Place> first = Optional.empty();
        for (Sentence s : doc.sentences()) {
            first = mostExact(names.get(s.index()), context);
            if (first.isPresent()) break;
        }
        Optional<Place> articlePlace = first;
        List<CodedEvent> out = new ArrayList<>(coded.events().size());
        for (CodedEvent e : coded.events()) {
            List<PlaceName> here = names.getOrDefault(e.sentence(), List.of());
            Optional<PlaceName> clause = e.place() == null ? Optional.empty() : clauseName(e.place().name(), here, lookup);
            Optional<Place> place = clause.flatMap(context::resolve);
            if (place.isPresent() && !fitsArticle(place.get(), here, context)) place = Optional.empty();
            Optional<Place> finer = place.isPresent() ? within(place.get(), here, context) : mostExact(here, context);
            String name = clause.map(PlaceName::text).orElse(e.place() == null ? null : e.place().name());
            if (finer.isPresent() && (place.isEmpty() || finer.get() != place.get())) {
                place = finer;
                name = context.nameOf(finer.get(), here).orElse(finer.get().name());
            }
            if (place.isEmpty() && here.isEmpty() && MATERIAL.contains(e.type())) {
                // a sentence that names no place goes on where the report's last sentences were: "The suspect was arrested days after."
                for (int k = e.sentence() - 1; k >= Math.max(0, e.sentence() - NARRATIVE_REACH) && place.isEmpty(); k--) {
                    List<PlaceName> before = notActing(names.get(k), coded.resolved().actorsIn(k));
                    place = mostExact(before, context);
                    if (place.isPresent()) name = context.nameOf(place.get(), before).orElse(place.get().name());
                }
            }
            EventPlace located = e.place();
            if (place.isPresent()) located = placed(name, place.get());
            String country = place.map(Place::country).or(() -> mostExact(here, context).map(Place::country))
                    .or(() -> articlePlace.map(Place::country)).orElse(null);
            out.add(e.withActorsAndPlace(located(e.source(), country), located(e.target(), country), located));
        }
        List<ForceClaim> forces = new ArrayList<>(coded.forces().size());
        for (ForceClaim f : coded.forces()) forces.add(placeForces(f, doc.sentences().get(f.sentence()), names, context));
        return new CodedDocument(coded.resolved(), out, forces);
    }

    /**
     * Forces stand where their sentence puts them ("in Syria", "to Lebanon"), the place nearest the
     * figure first: "pulled back to Lebanon roughly 5,000 troops from … at his disposal in Syria" puts
     * them in Lebanon.
     */
    private ForceClaim placeForces(ForceClaim f, Sentence s, Map<Integer, List<PlaceName>> names, PlaceContext context) {
        int figure = 0;
        while (figure + 1 < s.tokens().size() && s.tokens().get(figure).end() <= f.begin()) figure++;
        int at = figure;
        List<PlaceName> near = names.getOrDefault(f.sentence(), List.of()).stream().filter(n -> locative(s, n))
                .sorted(java.util.Comparator.comparingInt(n -> Math.min(Math.abs(n.tokenBegin() - at), Math.abs(n.tokenEnd() - at)))).toList();
        for (PlaceName n : near) {
            Optional<Place> p = context.resolve(n);
            if (p.isPresent()) return f.withPlace(placed(context.nameOf(p.get(), near).orElse(p.get().name()), p.get()));
        }
        return f;
    }

    /** Weights of the outlet's ground for a candidate: the share of its reports in the candidate's division, and country. */
    private static final double GROUND_DIVISION = 5, GROUND_COUNTRY = 3;

    /** Acts done somewhere, as against things said, which are said wherever the speaker is. */
    private static final Set<PloverType> MATERIAL = Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.PROTEST,
            PloverType.MOBILIZE, PloverType.RETREAT, PloverType.AID, PloverType.SANCTION);
    /** How many sentences back a sentence without a place looks for the one its report is set in. */
    private static final int NARRATIVE_REACH = 2;

    private static final Set<String> FORCE_LOCATIVES = CommonWords.LOCATIVES.taggedAny("where", "whither");

    /** A name put as where something is ("in Syria", "to Lebanon"), not where it came from ("recruits from Afghanistan"). */
    private static boolean locative(Sentence s, PlaceName n) {
        int k = n.tokenBegin() - 1;
        if (k >= 0 && s.tokens().get(k).word().equalsIgnoreCase("the")) k--;
        return k >= 0 && FORCE_LOCATIVES.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT));
    }

    /** The countries an outlet's name carries, by their names: "Kenya News Agency", "Radio Uganda". */
    private static Set<String> outletCountries(String outlet, PlaceNameFinder.Lookup lookup) {
        if (outlet == null || outlet.isBlank()) return Set.of();
        String[] words = outlet.split("[\\s(),;:/]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = 1; n <= 3 && i + n <= words.length; n++) {
                String name = String.join(" ", Arrays.asList(words).subList(i, i + n));
                for (Gazetteer.Match m : lookup.candidates(name)) {
                    if (m.place().isCountry() && m.kind() == Gazetteer.MatchKind.NAME) out.add(m.place().country());
                }
            }
        }
        return out;
    }

    /**
     * The sentence's name the coder took for the clause's place (or one containing it: "Zor" of "Deir ez
     * Zor countryside"), else the clause's name looked up alone.
     */
    private static Optional<PlaceName> clauseName(String name, List<PlaceName> here, PlaceNameFinder.Lookup lookup) {
        for (PlaceName n : here) if (n.text().equals(name)) return Optional.of(n);
        for (PlaceName n : here) if (n.text().contains(name)) return Optional.of(n);
        List<Gazetteer.Match> c = lookup.candidates(name);
        return c.isEmpty() ? Optional.empty() : Optional.of(new PlaceName(name, -1, -1, PlaceNameFinder.kind(name, List.of(), -1, -1), true, c, null));
    }

    /**
     * False for a clause's place in a country the article is not about when its sentence names a place
     * that is ("Ali" in Kuwait, in a report on Deir ez-Zor): the sentence's place is taken instead.
     */
    private static boolean fitsArticle(Place p, List<PlaceName> here, PlaceContext context) {
        String top = context.topCountry();
        if (top == null || p.country().equals(top)) return true;
        // the country itself named is the topic ("rallied in Dijon against the invasion of Ukraine"), not a place
        return here.stream().map(context::resolve).flatMap(Optional::stream).noneMatch(q -> q.country().equals(top) && !q.isCountry());
    }

    /** A place of the sentence more exact than {@code outer} that lies within it: a town in the country or division named. */
    private static Optional<Place> within(Place outer, List<PlaceName> here, PlaceContext context) {
        if (outer.precision() == PlacePrecision.PLACE) return Optional.of(outer);
        for (PlaceName n : here) {
            Optional<Place> p = context.resolve(n);
            if (p.isEmpty() || p.get().precision().ordinal() >= outer.precision().ordinal()) continue;
            if (p.get().liesIn(outer)) return p;
        }
        return Optional.of(outer);
    }

    /**
     * The first of the sentence's places at the finest precision any of them has, among those in the
     * article's main country when any is; a country only when the sentence names no town or division.
     */
    private static Optional<Place> mostExact(List<PlaceName> here, PlaceContext context) {
        if (here == null) return Optional.empty();
        String top = context.topCountry();
        Place best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PlaceName n : here) {
            Optional<Place> p = context.resolve(n);
            if (p.isEmpty()) continue;
            int r = rank(p.get(), top, n.attested());
            if (r < bestRank) {
                best = p.get();
                bestRank = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A country comes after the towns and divisions the text attests ("rallied in Lyon against the war in Ukraine"),
     * and before a capitalised word nothing calls a place (a headline's "NGO", "Border").
     */
    private static int rank(Place p, String top, boolean attested) {
        int kind = p.isCountry() ? 100 : attested ? 0 : 200;
        return kind + (top == null || p.country().equals(top) ? 0 : 10) + p.precision().ordinal();
    }

    private EventPlace placed(String name, Place p) {
        return new EventPlace(name == null ? p.name() : name, p.country(), gazetteer.admin1Name(p).orElse(null), p.lat(), p.lon(),
                p.geonameId() == 0 ? null : p.geonameId(), p.precision());
    }

    /**
     * A sentence's place names without the capitals that act in it ("Moscow and Tehran are competing
     * for influence"): the story does not go on there.
     */
    private static List<PlaceName> notActing(List<PlaceName> names, List<ActorMention> actors) {
        List<PlaceName> out = new ArrayList<>(names.size());
        for (PlaceName n : names) {
            boolean acting = actors.stream().anyMatch(m -> m.basis() == dev.faultline.domain.actor.MentionBasis.METONYM
                    && m.tokenBegin() <= n.tokenBegin() && n.tokenBegin() < m.tokenEnd());
            if (!acting) out.add(n);
        }
        return out;
    }

    /**
     * People named by what they are, of no country yet, become those of the country where they act.
     * Not aircraft (organs.yaml's "air-force": "warplanes struck Gaza"): they strike abroad as often as
     * at home, so where they strike says nothing of whose they are.
     */
    private static List<ActorMention> located(List<ActorMention> side, String country) {
        if (country == null || side.isEmpty()) return side;
        List<ActorMention> out = new ArrayList<>(side.size());
        for (ActorMention m : side) {
            ActorRef a = m.actor();
            boolean generic = a.country() == null && a.affiliation() == null
                    && (a.kind() == ActorKind.GROUP || a.kind() == ActorKind.ORGANIZATION)
                    && (a.origin() == ActorRef.Origin.DERIVED || a.origin() == ActorRef.Origin.CANDIDATE)
                    && !a.id().equals("air-force");
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
