package dev.faultline.actors.kb;

import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.AffiliationCue;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.Office;
import dev.faultline.domain.actor.OfficeTitle;
import dev.faultline.domain.actor.Qualifier;
import dev.faultline.domain.actor.RelationCue;
import dev.faultline.domain.actor.StateProfile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated, immutable actor knowledge base: actors by id, aliases, dated links and offices,
 * states with their demonyms and capitals, and the vocabularies that compose at resolution time
 * (generic organs, office titles, affiliation cues, qualifiers, relation cues). Load it once and share it; it is
 * safe for concurrent reads.
 */
public final class KnowledgeBase {
    private final Map<String, Actor> actors;
    private final Map<String, StateProfile> states;
    private final Map<String, StateProfile> statesByIso3 = new LinkedHashMap<>();
    private final List<Link> links;
    private final Map<String, List<Link>> linksBySubject = new LinkedHashMap<>();
    private final List<Office> offices;
    private final Map<String, OfficeTitle> titles;
    private final Map<String, OfficeTitle> titleByPhrase = new LinkedHashMap<>();
    private final List<GenericOrgan> organs;
    private final Map<String, GenericOrgan> organByNoun = new LinkedHashMap<>();
    private final List<AffiliationCue> cues;
    private final List<Qualifier> qualifiers;
    private final List<RelationCue> relationCues;
    private final AliasIndex aliases;
    private final Map<String, String> versions;

    KnowledgeBase(Map<String, Actor> actors, Map<String, StateProfile> states, List<Link> links, List<Office> offices,
                  Map<String, OfficeTitle> titles, List<GenericOrgan> organs, List<AffiliationCue> cues,
                  List<Qualifier> qualifiers, List<RelationCue> relationCues, AliasIndex aliases, Map<String, String> versions) {
        this.actors = Map.copyOf(actors);
        this.states = Map.copyOf(states);
        this.links = List.copyOf(links);
        this.offices = List.copyOf(offices);
        this.titles = Map.copyOf(titles);
        this.organs = List.copyOf(organs);
        this.cues = List.copyOf(cues);
        this.qualifiers = List.copyOf(qualifiers);
        this.relationCues = List.copyOf(relationCues);
        this.aliases = aliases;
        this.versions = Map.copyOf(versions);
        for (StateProfile s : states.values()) statesByIso3.put(s.iso3(), s);
        for (Link l : links) linksBySubject.computeIfAbsent(l.subject(), k -> new ArrayList<>()).add(l);
        for (OfficeTitle t : titles.values()) {
            titleByPhrase.put(AliasKey.loose(t.id().replace('-', ' ')), t);
            for (String p : t.phrases()) titleByPhrase.put(AliasKey.loose(p), t);
        }
        for (GenericOrgan o : organs) for (String n : o.nouns()) organByNoun.put(AliasKey.loose(n), o);
    }

    /** The shipped knowledge base. */
    public static KnowledgeBase load() {
        return load(List.of());
    }

    /** The shipped knowledge base plus the user's files, validated together (a user file may refer to shipped ids). */
    public static KnowledgeBase load(List<Path> extraFiles) {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        loader.addShipped();
        extraFiles.forEach(loader::addFile);
        return loader.build();
    }

    /** Only the given files, without the shipped ones (for tests and for a user replacing the base entirely). */
    public static KnowledgeBase loadOnly(List<Path> files) {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        files.forEach(loader::addFile);
        return loader.build();
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    /** Actors an exact text may name, best first: the highest priority, then knowingly shared claims. */
    public List<AliasClaim> lookup(String text) {
        return aliases.lookup(text);
    }

    /** Every alias claim, for building a matcher over all of them. */
    public List<AliasClaim> aliasClaims() {
        return aliases.all();
    }

    public List<Link> links() {
        return links;
    }

    /** Links from {@code subject}, declared and derived from offices. */
    public List<Link> linksFrom(String subject) {
        return linksBySubject.getOrDefault(subject, List.of());
    }

    /** Links from {@code subject} of {@code type} in force on {@code date}. */
    public List<Link> linksFrom(String subject, LinkType type, LocalDate date) {
        return linksFrom(subject).stream().filter(l -> l.type() == type && l.period().covers(date)).toList();
    }

    public List<Office> offices() {
        return offices;
    }

    public List<Office> officesOf(String holder) {
        return offices.stream().filter(o -> o.holder().equals(holder)).toList();
    }

    public Collection<StateProfile> states() {
        return states.values();
    }

    public Optional<StateProfile> state(String id) {
        return Optional.ofNullable(states.get(id));
    }

    public Optional<StateProfile> stateByIso3(String iso3) {
        return Optional.ofNullable(statesByIso3.get(iso3));
    }

    public List<GenericOrgan> organs() {
        return organs;
    }

    /** The generic organ a noun names ("air force", "militias"), ignoring case. */
    public Optional<GenericOrgan> organ(String noun) {
        return Optional.ofNullable(organByNoun.get(AliasKey.loose(noun)));
    }

    public Collection<OfficeTitle> titles() {
        return titles.values();
    }

    /** The office title a phrase or id names ("defence minister", "defense-minister"). */
    public Optional<OfficeTitle> title(String phraseOrId) {
        OfficeTitle t = titles.get(phraseOrId);
        return t != null ? Optional.of(t) : Optional.ofNullable(titleByPhrase.get(AliasKey.loose(phraseOrId)));
    }

    public List<AffiliationCue> cues() {
        return cues;
    }

    public List<Qualifier> qualifiers() {
        return qualifiers;
    }

    /** Words that state a relation between two actors a report names ("loyal to", "the armed wing of", "its ally"). */
    public List<RelationCue> relationCues() {
        return relationCues;
    }

    /** Each loaded file's declared version. */
    public Map<String, String> versions() {
        return versions;
    }

    /**
     * Who held office {@code title} (a phrase or id) of {@code of} on {@code date}: "president" of iran
     * on 2016-06-01 is hassan-rouhani. Joint holders: the first declared.
     */
    public Optional<Actor> officeHolder(String title, String of, LocalDate date) {
        return officeHolders(title, of, date).stream().findFirst();
    }

    public List<Actor> officeHolders(String title, String of, LocalDate date) {
        Optional<OfficeTitle> t = title(title);
        if (t.isEmpty()) return List.of();
        return offices.stream()
                .filter(o -> o.title().equals(t.get().id()) && o.of().equals(of) && o.period().covers(date))
                .map(o -> actors.get(o.holder())).toList();
    }

    /**
     * The chain from {@code id} upward on {@code date}: at each step the first upward link in force, by
     * type (commands, leads, part_of, member_of) then declaration order; when none is in force, a person
     * or a state organ (GOV, MIL, COP, SPY, JUD, LEG) belongs to the state of its country. A non-state
     * armed group stays on its own ("hezbollah" → [hezbollah]). Unknown id: empty.
     */
    public List<String> lineage(String id, LocalDate date) {
        if (!actors.containsKey(id)) return List.of();
        Set<String> chain = new LinkedHashSet<>();
        String current = id;
        while (current != null && chain.add(current)) {
            current = parent(actors.get(current), date, chain);
        }
        return List.copyOf(chain);
    }

    private String parent(Actor a, LocalDate date, Set<String> seen) {
        if (a.kind() == ActorKind.STATE) return null;
        Optional<Link> up = linksFrom(a.id()).stream()
                .filter(l -> l.type().isUpward() && l.period().covers(date) && !seen.contains(l.object()))
                .min(Comparator.comparingInt(l -> l.type().ordinal()));
        if (up.isPresent()) return up.get().object();
        boolean belongsToState = a.kind() == ActorKind.PERSON || a.sector() != null && a.sector().isStateOrgan();
        if (belongsToState && a.country() != null) {
            StateProfile s = statesByIso3.get(a.country());
            if (s != null && !seen.contains(s.actor())) return s.actor();
        }
        return null;
    }
}
