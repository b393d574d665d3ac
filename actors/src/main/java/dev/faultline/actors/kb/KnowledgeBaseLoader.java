package dev.faultline.actors.kb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.AffiliationCue;
import dev.faultline.domain.actor.Alias;
import dev.faultline.domain.actor.AliasKind;
import dev.faultline.domain.actor.CapitalHolder;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.Office;
import dev.faultline.domain.actor.OfficeTitle;
import dev.faultline.domain.actor.Period;
import dev.faultline.domain.actor.Qualifier;
import dev.faultline.domain.actor.RelationCue;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.StateProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads knowledge-base files and assembles a validated {@link KnowledgeBase}. Reading goes in
 * passes, because entries may refer to ids defined later or in other files: (1) every file's
 * vocabulary, states and actors; (2) links and offices, whose references can then be checked;
 * (3) aliases across all actors, and office terms. Problems from all passes are reported together.
 */
final class KnowledgeBaseLoader {
    static final String SHIPPED = "/dev/faultline/actors/kb/";
    private static final Set<String> FILE_KEYS = Set.of("version", "title", "sources", "default_source", "note",
            "states", "actors", "links", "organs", "titles", "cues", "qualifiers", "relation_cues");
    private static final Set<String> ACTOR_KEYS = new HashSet<>(List.of("id", "name", "kind", "country", "sector",
            "cameo", "aliases", "exact", "shared", "epithets", "metonyms", "source", "note", "offices"));
    private static final Set<String> STATE_KEYS = new HashSet<>(List.of("id", "name", "iso3", "cameo", "capital",
            "adjective", "singular", "plural", "aliases", "exact", "shared", "epithets", "metonyms", "source", "note",
            "nominals", "capital_held"));
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static {
        for (LinkType t : LinkType.values()) {
            ACTOR_KEYS.add(t.label());
            STATE_KEYS.add(t.label());
        }
    }

    private record Doc(String name, JsonNode root, String defaultSource) {
    }

    /** An entry's links, read once its actor is known and checked once every actor is. */
    private record PendingLink(Entry where, LinkType type, String subject, String object, Period period, String citation) {
    }

    private final Problems problems = new Problems();
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> actorFile = new LinkedHashMap<>();
    private final Map<String, StateProfile> states = new LinkedHashMap<>();
    private final Map<String, OfficeTitle> titles = new LinkedHashMap<>();
    private final List<GenericOrgan> organs = new ArrayList<>();
    private final List<AffiliationCue> cues = new ArrayList<>();
    private final List<Qualifier> qualifiers = new ArrayList<>();
    private final List<RelationCue> relationCues = new ArrayList<>();
    private final List<PendingLink> pendingLinks = new ArrayList<>();
    /** Capital holders, whose ids are checked once every actor is read (the link type is unused). */
    private final List<PendingLink> pendingHolders = new ArrayList<>();
    private final List<Entry> pendingOffices = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Office> offices = new ArrayList<>();
    private final Map<String, String> versions = new LinkedHashMap<>();

    /** Reads the shipped files named in the resource {@code index.txt}. */
    void addShipped() {
        String index = resource("index.txt");
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            addText(name, resource(name));
        }
    }

    void addFile(Path path) {
        try {
            addText(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read knowledge-base file " + path + ": " + e.getMessage(), e);
        }
    }

    void addText(String name, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            problems.add(name, null, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (root == null || !root.isObject()) {
            problems.add(name, null, "a knowledge-base file is a mapping with 'version' and entry lists");
            return;
        }
        Entry header = new Entry(name, "header", root, problems);
        header.onlyKeys(FILE_KEYS);
        header.text("version").ifPresent(v -> versions.put(name, v));
        if (header.list("sources").isEmpty()) header.problem("missing 'sources': what the facts were checked against");
        docs.add(new Doc(name, root, header.optText("default_source").orElse(null)));
    }

    KnowledgeBase build() {
        for (Doc d : docs) readVocabulary(d);
        for (Doc d : docs) {
            readEntries(d, "states", true);
            readEntries(d, "actors", false);
        }
        for (Doc d : docs) readStandaloneLinks(d);
        resolveLinks();
        resolveOffices();
        AliasIndex aliases = AliasIndex.build(actors.values(), actorFile, problems);
        checkOfficeTerms();
        checkVocabulary();
        problems.throwIfAny();
        return new KnowledgeBase(actors, states, links, offices, titles, organs, cues, qualifiers, relationCues, aliases, versions);
    }

    // ---- pass 1: vocabulary, states, actors -------------------------------------------------------

    private void readVocabulary(Doc d) {
        int i = 0;
        for (JsonNode n : d.root.path("titles")) {
            Entry e = new Entry(d.name, "title #" + (++i), n, problems);
            e.onlyKeys(Set.of("id", "link", "phrases"));
            Optional<String> id = e.text("id");
            Optional<LinkType> link = e.text("link").flatMap(l -> parseOr(e, "link type", l, LinkType.parse(l)));
            if (id.isEmpty() || link.isEmpty()) continue;
            try {
                OfficeTitle t = new OfficeTitle(id.get(), link.get(), e.strings("phrases"));
                if (titles.putIfAbsent(t.id(), t) != null) e.problem("duplicate title id '" + t.id() + "'");
            } catch (IllegalArgumentException ex) {
                e.problem(ex.getMessage());
            }
        }
        i = 0;
        for (JsonNode n : d.root.path("organs")) {
            Entry e = new Entry(d.name, "organ #" + (++i), n, problems);
            e.onlyKeys(Set.of("id", "sector", "relation", "nouns", "note", "after_cue_only"));
            Optional<String> id = e.text("id");
            Optional<Sector> sector = e.text("sector").flatMap(s -> parseOr(e, "sector", s, Sector.parse(s)));
            Optional<GenericOrgan.Relation> rel = e.text("relation").flatMap(r -> parseOr(e, "organ relation", r,
                    enumValue(GenericOrgan.Relation.class, r)));
            if (id.isEmpty() || sector.isEmpty() || rel.isEmpty()) continue;
            try {
                organs.add(new GenericOrgan(id.get(), sector.get(), rel.get(), e.strings("nouns"), e.flag("after_cue_only")));
            } catch (IllegalArgumentException ex) {
                e.problem(ex.getMessage());
            }
        }
        i = 0;
        for (JsonNode n : d.root.path("cues")) {
            Entry e = new Entry(d.name, "cue #" + (++i), n, problems);
            e.onlyKeys(Set.of("text", "position", "link"));
            Optional<String> text = e.text("text");
            Optional<AffiliationCue.Position> pos = e.text("position").flatMap(p -> parseOr(e, "cue position", p,
                    enumValue(AffiliationCue.Position.class, p)));
            Optional<LinkType> link = e.text("link").flatMap(l -> parseOr(e, "link type", l, LinkType.parse(l)));
            if (text.isPresent() && pos.isPresent() && link.isPresent()) cues.add(new AffiliationCue(text.get(), pos.get(), link.get()));
        }
        i = 0;
        for (JsonNode n : d.root.path("qualifiers")) {
            Entry e = new Entry(d.name, "qualifier #" + (++i), n, problems);
            e.onlyKeys(Set.of("id", "words"));
            e.text("id").ifPresent(id -> qualifiers.add(new Qualifier(id, e.strings("words"))));
        }
        i = 0;
        for (JsonNode n : d.root.path("relation_cues")) {
            Entry e = new Entry(d.name, "relation cue #" + (++i), n, problems);
            e.onlyKeys(Set.of("text", "form", "link", "reversed", "note"));
            Optional<String> text = e.text("text");
            Optional<RelationCue.Form> form = e.text("form").flatMap(f -> parseOr(e, "relation cue form", f,
                    enumValue(RelationCue.Form.class, f)));
            Optional<LinkType> link = e.text("link").flatMap(l -> parseOr(e, "link type", l, LinkType.parse(l)));
            if (text.isEmpty() || form.isEmpty() || link.isEmpty()) continue;
            try {
                relationCues.add(new RelationCue(text.get(), form.get(), link.get(), e.flag("reversed")));
            } catch (IllegalArgumentException ex) {
                e.problem(ex.getMessage());
            }
        }
    }

    private void readEntries(Doc d, String listKey, boolean asStates) {
        int i = 0;
        for (JsonNode n : d.root.path(listKey)) {
            i++;
            String label = "entry #" + i + (n.hasNonNull("id") ? " '" + n.get("id").asText() + "'" : "");
            Entry e = new Entry(d.name, label, n, problems);
            if (!n.isObject()) {
                e.problem("an entry is a mapping");
                continue;
            }
            e.onlyKeys(asStates ? STATE_KEYS : ACTOR_KEYS);
            Optional<Actor> actor = asStates ? readState(e, d) : readActor(e, d);
            if (actor.isEmpty()) continue;
            Actor a = actor.get();
            if (actors.containsKey(a.id())) {
                e.problem("duplicate id '" + a.id() + "' (first defined in " + actorFile.get(a.id()) + ")");
                continue;
            }
            actors.put(a.id(), a);
            actorFile.put(a.id(), d.name);
            for (LinkType t : LinkType.values()) {
                for (JsonNode target : e.list(t.label())) readInlineLink(e, a, t, target);
            }
            if (e.has("offices")) pendingOffices.add(e);
        }
    }

    private Optional<Actor> readState(Entry e, Doc d) {
        Optional<String> id = e.text("id");
        Optional<String> name = e.text("name");
        Optional<String> iso3 = e.text("iso3");
        Optional<String> capital = e.text("capital");
        Optional<String> adjective = e.text("adjective");
        Optional<String> source = e.optText("source").or(() -> Optional.ofNullable(d.defaultSource));
        if (source.isEmpty()) e.problem("missing 'source' (and the file has no 'default_source')");
        if (id.isEmpty() || name.isEmpty() || iso3.isEmpty() || capital.isEmpty() || adjective.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        String adj = adjective.get();
        String singular = e.optText("singular").orElse(adj);
        Optional<String> plural = e.optText("plural").or(() -> defaultPlural(adj));
        if (plural.isEmpty()) {
            e.problem("give 'plural' for adjective '" + adj + "': it is derived only for adjectives ending in -an, -i or -ese");
            return Optional.empty();
        }
        List<Alias> aliases = new ArrayList<>();
        aliases.add(Alias.of(name.get(), AliasKind.NAME));
        // Demonyms and capitals are proper words, always capitalized: case-sensitive keeps "Polish" from "polish".
        for (String s : new String[] {adj, singular, plural.get()}) aliases.add(new Alias(s, AliasKind.DEMONYM, true, false, 0, null));
        aliases.add(new Alias(capital.get(), AliasKind.CAPITAL, true, false, 0, Sector.GOV));
        readAliases(e, aliases);
        try {
            Actor a = new Actor(id.get(), name.get(), ActorKind.STATE, iso3.get(), null,
                    e.optText("cameo").orElse(iso3.get()), dedupe(aliases), source.get());
            List<CapitalHolder> holders = new ArrayList<>();
            int h = 0;
            for (JsonNode n : e.list("capital_held")) {
                Entry held = e.child("capital holder #" + (++h), n);
                held.onlyKeys(Set.of("by", "from", "to", "source", "note"));
                Optional<String> by = held.optText("by");
                Optional<Period> period = held.period();
                if (period.isEmpty()) continue;
                by.ifPresent(x -> pendingHolders.add(new PendingLink(held, LinkType.ALLY, a.id(), x, period.get(), null)));
                holders.add(new CapitalHolder(by.orElse(null), period.get()));
            }
            states.put(a.id(), new StateProfile(a.id(), a.country(), a.cameo(), capital.get(), adj, singular, plural.get(),
                    e.strings("nominals"), holders));
            return Optional.of(a);
        } catch (IllegalArgumentException ex) {
            e.problem(ex.getMessage());
            return Optional.empty();
        }
    }

    /** English plurals we can derive safely: Iranian→Iranians, Iraqi→Iraqis, Chinese→Chinese. */
    private static Optional<String> defaultPlural(String adjective) {
        if (adjective.endsWith("ese")) return Optional.of(adjective);
        if (adjective.endsWith("an") || adjective.endsWith("i")) return Optional.of(adjective + "s");
        return Optional.empty();
    }

    private Optional<Actor> readActor(Entry e, Doc d) {
        Optional<String> id = e.text("id");
        Optional<String> name = e.text("name");
        Optional<ActorKind> kind = e.text("kind").flatMap(k -> parseOr(e, "kind", k, ActorKind.parse(k)));
        Optional<Sector> sector = e.optText("sector").flatMap(s -> parseOr(e, "sector", s, Sector.parse(s)));
        Optional<String> source = e.optText("source").or(() -> Optional.ofNullable(d.defaultSource));
        if (source.isEmpty()) e.problem("missing 'source' (and the file has no 'default_source')");
        if (kind.isPresent() && kind.get() == ActorKind.STATE) e.problem("states belong in a 'states' list, with ISO code, capital and demonyms");
        if (kind.isPresent() && kind.get() != ActorKind.STATE && sector.isEmpty() && !e.has("sector")) {
            e.problem("missing 'sector' (a CAMEO role code such as GOV, MIL, REB, MED)");
        }
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || source.isEmpty() || sector.isEmpty()) return Optional.empty();
        List<Alias> aliases = new ArrayList<>();
        aliases.add(Alias.of(name.get(), AliasKind.NAME));
        readAliases(e, aliases);
        String country = e.optText("country").orElse(null);
        String cameo = e.optText("cameo").orElse(country == null ? null : country + sector.get().name());
        try {
            return Optional.of(new Actor(id.get(), name.get(), kind.get(), country, sector.get(), cameo, dedupe(aliases), source.get()));
        } catch (IllegalArgumentException ex) {
            e.problem(ex.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Reads {@code aliases} (plain text, or {@code {text, kind, cs, shared, priority, sector}}),
     * {@code epithets} and {@code metonyms}, then applies the entry's {@code exact} (case-sensitive) and
     * {@code shared} lists to aliases of that text, adding those not yet present. Plain all-capital
     * abbreviations ("IRGC", "US", "IS") are case-sensitive by default, so they never match a common word.
     */
    private void readAliases(Entry e, List<Alias> out) {
        int i = 0;
        for (JsonNode n : e.list("aliases")) {
            i++;
            if (n.isValueNode()) {
                String t = n.asText().strip();
                if (t.isEmpty()) continue;
                boolean abbr = ABBREVIATION.matcher(t).matches();
                out.add(new Alias(t, abbr ? AliasKind.ABBREVIATION : AliasKind.VARIANT, abbr, false, 0, null));
                continue;
            }
            Entry a = e.child("alias #" + i, n);
            a.onlyKeys(Set.of("text", "kind", "cs", "shared", "priority", "sector", "note"));
            Optional<String> text = a.text("text");
            AliasKind kind = a.optText("kind").flatMap(k -> parseOr(a, "alias kind", k, enumValue(AliasKind.class, k)))
                    .orElse(AliasKind.VARIANT);
            Sector sector = a.optText("sector").flatMap(s -> parseOr(a, "sector", s, Sector.parse(s))).orElse(null);
            boolean cs = a.has("cs") ? a.flag("cs") : text.map(t -> ABBREVIATION.matcher(t).matches()).orElse(false);
            text.ifPresent(t -> out.add(new Alias(t, kind, cs, a.flag("shared"), a.integer("priority", 0), sector)));
        }
        for (String t : e.strings("epithets")) out.add(new Alias(t, AliasKind.EPITHET, false, false, 0, Sector.GOV));
        for (String t : e.strings("metonyms")) out.add(new Alias(t, AliasKind.METONYM, false, false, 0, Sector.GOV));
        for (String t : e.strings("exact")) mark(out, t, true, false);
        for (String t : e.strings("shared")) mark(out, t, false, true);
    }

    private static void mark(List<Alias> aliases, String text, boolean cs, boolean shared) {
        boolean found = false;
        for (int i = 0; i < aliases.size(); i++) {
            Alias a = aliases.get(i);
            if (a.text().equals(text)) {
                aliases.set(i, new Alias(a.text(), a.kind(), a.caseSensitive() || cs, a.shared() || shared, a.priority(), a.sector()));
                found = true;
            }
        }
        if (!found) aliases.add(new Alias(text, AliasKind.VARIANT, cs, shared, 0, null));
    }

    /** Drops repeats of the same text and case rule ("Iraqi" as adjective and as singular). */
    private static List<Alias> dedupe(List<Alias> aliases) {
        Map<String, Alias> seen = new LinkedHashMap<>();
        for (Alias a : aliases) seen.putIfAbsent(a.text() + "\u0000" + a.caseSensitive(), a);
        return List.copyOf(seen.values());
    }

    // ---- pass 2: links and offices ----------------------------------------------------------------

    /** An inline link: {@code part_of: irgc} or {@code part_of: [{id: irgc, from: 1990, to: ..., source: ...}]}. */
    private void readInlineLink(Entry e, Actor a, LinkType type, JsonNode target) {
        if (target.isValueNode()) {
            pendingLinks.add(new PendingLink(e, type, a.id(), target.asText().strip(), Period.ALWAYS, a.source()));
            return;
        }
        Entry t = e.child(type.label() + " link", target);
        t.onlyKeys(Set.of("id", "from", "to", "source", "note"));
        Optional<String> object = t.text("id");
        Optional<Period> period = t.period();
        if (object.isPresent() && period.isPresent()) {
            pendingLinks.add(new PendingLink(t, type, a.id(), object.get(), period.get(), t.optText("source").orElse(a.source())));
        }
    }

    private void readStandaloneLinks(Doc d) {
        int i = 0;
        for (JsonNode n : d.root.path("links")) {
            Entry e = new Entry(d.name, "link #" + (++i), n, problems);
            e.onlyKeys(Set.of("subject", "type", "object", "from", "to", "source", "note"));
            Optional<String> subject = e.text("subject");
            Optional<LinkType> type = e.text("type").flatMap(t -> parseOr(e, "link type", t, LinkType.parse(t)));
            Optional<String> object = e.text("object");
            Optional<String> source = e.optText("source").or(() -> Optional.ofNullable(d.defaultSource));
            if (source.isEmpty()) e.problem("missing 'source'");
            Optional<Period> period = e.period();
            if (subject.isPresent() && type.isPresent() && object.isPresent() && source.isPresent() && period.isPresent()) {
                pendingLinks.add(new PendingLink(e, type.get(), subject.get(), object.get(), period.get(), source.get()));
            }
        }
    }

    private void resolveLinks() {
        for (PendingLink p : pendingHolders) known(p.where, p.object, "capital holder");
        for (PendingLink p : pendingLinks) {
            boolean ok = known(p.where, p.subject, "link subject") & known(p.where, p.object, p.type.label() + " target");
            if (!ok) continue;
            try {
                links.add(new Link(p.type, p.subject, p.object, p.period, p.citation, false));
            } catch (IllegalArgumentException ex) {
                p.where.problem(ex.getMessage());
            }
        }
    }

    private void resolveOffices() {
        for (Entry e : pendingOffices) {
            String holder = e.node.get("id").asText();
            Actor a = actors.get(holder);
            int i = 0;
            for (JsonNode n : e.list("offices")) {
                Entry o = e.child("office #" + (++i), n);
                o.onlyKeys(Set.of("title", "of", "from", "to", "joint", "source", "note"));
                Optional<String> title = o.text("title");
                Optional<String> of = o.text("of");
                Optional<Period> period = o.period();
                if (title.isEmpty() || of.isEmpty() || period.isEmpty()) continue;
                OfficeTitle t = titles.get(title.get());
                if (t == null) {
                    o.problem("unknown office title '" + title.get() + "' (titles are defined in a 'titles' list, e.g. in organs.yaml)");
                    continue;
                }
                if (!known(o, of.get(), "office 'of'")) continue;
                String citation = o.optText("source").orElse(a.source());
                offices.add(new Office(holder, t.id(), of.get(), period.get(), o.flag("joint"), citation));
                links.add(new Link(t.link(), holder, of.get(), period.get(), citation, true));
            }
        }
    }

    private boolean known(Entry where, String id, String what) {
        if (actors.containsKey(id)) return true;
        where.problem("unknown reference: " + what + " '" + id + "' is not an actor id" + suggestion(id));
        return false;
    }

    private String suggestion(String id) {
        for (String k : actors.keySet()) if (k.contains(id) || id.contains(k) && k.length() > 3) return " (did you mean '" + k + "'?)";
        return "";
    }

    // ---- pass 3: cross-entry rules -----------------------------------------------------------------

    /** One office (title of one actor) is held by one holder at a time, unless all overlapping terms are joint. */
    private void checkOfficeTerms() {
        Map<String, List<Office>> byOffice = new LinkedHashMap<>();
        for (Office o : offices) byOffice.computeIfAbsent(o.title() + " of " + o.of(), k -> new ArrayList<>()).add(o);
        for (Map.Entry<String, List<Office>> en : byOffice.entrySet()) {
            List<Office> terms = en.getValue();
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    Office a = terms.get(i);
                    Office b = terms.get(j);
                    if (a.period().overlaps(b.period()) && !(a.joint() && b.joint())) {
                        problems.add(actorFile.get(b.holder()), "entry '" + b.holder() + "'",
                                "overlapping terms in one office (" + en.getKey() + "): " + a.holder() + " " + a.period()
                                        + " (" + actorFile.get(a.holder()) + ") and " + b.holder() + " " + b.period()
                                        + "; mark both 'joint: true' if they truly shared it");
                    }
                }
            }
        }
    }

    /** Countries must be states of the base; title phrases and organ nouns must name one thing each. */
    private void checkVocabulary() {
        Set<String> iso = new HashSet<>();
        for (StateProfile s : states.values()) {
            if (!iso.add(s.iso3())) problems.add(actorFile.get(s.actor()), "entry '" + s.actor() + "'", "ISO code " + s.iso3() + " used by two states");
        }
        for (Actor a : actors.values()) {
            if (a.country() != null && a.kind() != ActorKind.STATE && !iso.contains(a.country())) {
                problems.add(actorFile.get(a.id()), "entry '" + a.id() + "'", "unknown country code '" + a.country()
                        + "' (not the ISO 3166-1 alpha-3 code of any state in the knowledge base)");
            }
        }
        Map<String, String> phrase = new LinkedHashMap<>();
        for (OfficeTitle t : titles.values()) {
            for (String p : t.phrases()) {
                String prev = phrase.put(AliasKey.loose(p), t.id());
                if (prev != null && !prev.equals(t.id())) problems.add("titles", "title '" + t.id() + "'", "phrase '" + p + "' also names title '" + prev + "'");
            }
        }
        Map<String, RelationCue> cueByText = new LinkedHashMap<>();
        for (RelationCue c : relationCues) {
            RelationCue prev = cueByText.put(c.form() + " " + AliasKey.loose(c.text()), c);
            if (prev != null && !prev.equals(c)) problems.add("relation_cues", "relation cue '" + c.text() + "'", "also reads " + prev);
            if (c.form() == RelationCue.Form.NOUN && phrase.containsKey(AliasKey.loose(c.text()))) {
                problems.add("relation_cues", "relation cue '" + c.text() + "'", "is office title '" + phrase.get(AliasKey.loose(c.text()))
                        + "' already (titles state relations as nouns by their link)");
            }
        }
        Map<String, String> noun = new LinkedHashMap<>();
        for (GenericOrgan o : organs) {
            for (String n : o.nouns()) {
                String prev = noun.put(AliasKey.loose(n), o.id());
                if (prev != null && !prev.equals(o.id())) problems.add("organs", "organ '" + o.id() + "'", "noun '" + n + "' also names organ '" + prev + "'");
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static <T> Optional<T> parseOr(Entry e, String what, String written, Optional<T> parsed) {
        if (parsed.isEmpty()) e.problem("unknown " + what + " '" + written + "'");
        return parsed;
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String written) {
        try {
            return Optional.of(Enum.valueOf(type, written.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String resource(String name) {
        try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(SHIPPED + name)) {
            if (in == null) throw new KnowledgeBaseException("shipped knowledge-base file missing from the class path: " + SHIPPED + name, null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped knowledge-base file " + name, e);
        }
    }
}
