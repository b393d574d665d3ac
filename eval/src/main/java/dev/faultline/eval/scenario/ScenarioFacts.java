package dev.faultline.eval.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.relation.RelationType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A scenario's {@code facts.json} (eval/README.md, scenario): {@code facts}, {@code relations},
 * {@code ruptures} and, as this project's extension, {@code blocs}. Every list is optional. Read
 * strictly, since an analyst's typo would otherwise silently score as a miss: unknown PLOVER types,
 * relation types and modalities, bad patterns, duplicate ids and misshapen fields fail with the file,
 * the entry and the problem. Unknown keys are allowed (add fields freely).
 */
public record ScenarioFacts(List<EventFact> facts, List<RelationFact> relations, List<RuptureFact> ruptures, List<BlocFact> blocs) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ScenarioFacts {
        facts = List.copyOf(facts);
        relations = List.copyOf(relations);
        ruptures = List.copyOf(ruptures);
        blocs = List.copyOf(blocs);
    }

    public static ScenarioFacts read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The facts of a parsed {@code facts.json}; a misshapen one fails with the entry and the problem. */
    public static ScenarioFacts parse(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("expected an object with facts, relations, ruptures, blocs");
        Set<String> ids = new HashSet<>();
        List<EventFact> facts = new ArrayList<>();
        List<RelationFact> relations = new ArrayList<>();
        List<RuptureFact> ruptures = new ArrayList<>();
        List<BlocFact> blocs = new ArrayList<>();
        for (Entry e : entries(root, "facts", ids)) facts.add(e.fact());
        for (Entry e : entries(root, "relations", ids)) relations.add(e.relation());
        for (Entry e : entries(root, "ruptures", ids)) ruptures.add(e.rupture());
        for (Entry e : entries(root, "blocs", ids)) blocs.add(e.bloc());
        return new ScenarioFacts(facts, relations, ruptures, blocs);
    }

    private static List<Entry> entries(JsonNode root, String list, Set<String> ids) {
        JsonNode items = root.path(list);
        if (items.isMissingNode() || items.isNull()) return List.of();
        if (!items.isArray()) throw new IllegalArgumentException("'" + list + "' must be an array");
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            String where = list + "[" + i + "]";
            if (!n.isObject()) throw new IllegalArgumentException(where + " must be an object");
            String id = n.path("id").isTextual() ? n.get("id").asText() : null;
            if (id == null || id.isBlank()) throw new IllegalArgumentException(where + " has no 'id'");
            if (!ids.add(id)) throw new IllegalArgumentException(where + ": id '" + id + "' is used twice");
            out.add(new Entry(n, where + " (" + id + ")", id));
        }
        return out;
    }

    /** One entry of a list, with where it is for messages. */
    private record Entry(JsonNode n, String where, String id) {
        EventFact fact() {
            Set<String> types = new LinkedHashSet<>();
            for (String t : strings("types")) {
                types.add(PloverType.parse(t).orElseThrow(() -> bad("'types' names '" + t + "', not a PLOVER type")).name());
            }
            List<String> cameo = strings("cameo");
            for (String c : cameo) if (!c.matches("\\d{2,4}")) throw bad("'cameo' names '" + c + "', not a CAMEO code (2 to 4 digits)");
            if (types.isEmpty() && cameo.isEmpty()) throw bad("says no 'types' and no 'cameo': what happened?");
            Set<String> modality = new LinkedHashSet<>();
            for (String m : strings("modality")) {
                String l = m.strip().toLowerCase(Locale.ROOT);
                boolean known = false;
                for (Modality k : Modality.values()) known |= k.label().equals(l);
                if (!known) throw bad("'modality' names '" + m + "', not one of " + labels(Modality.values()));
                modality.add(l);
            }
            List<EventFact.LatLon> near = new ArrayList<>();
            JsonNode points = n.path("near");
            if (!points.isMissingNode() && !points.isNull()) {
                if (!points.isArray()) throw bad("'near' must be an array of [lat, lon]");
                for (JsonNode p : points) {
                    if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
                            || Math.abs(p.get(0).asDouble()) > 90 || Math.abs(p.get(1).asDouble()) > 180) {
                        throw bad("'near' holds " + p + ", not a [lat, lon] pair");
                    }
                    near.add(new EventFact.LatLon(p.get(0).asDouble(), p.get(1).asDouble()));
                }
            }
            double km = EventFact.DEFAULT_KM;
            if (n.hasNonNull("km")) {
                if (!n.get("km").isNumber() || n.get("km").asDouble() <= 0) throw bad("'km' must be a positive number");
                km = n.get("km").asDouble();
            }
            return new EventFact(id, what(), pattern("a", false), pattern("b", false), types, cameo, year(), flag("directed"), near, km,
                    modality, flag("disputed"), why());
        }

        RelationFact relation() {
            Set<String> types = new LinkedHashSet<>();
            for (String t : strings("types")) {
                String l = t.strip().toLowerCase(Locale.ROOT);
                boolean known = false;
                for (RelationType k : RelationType.values()) known |= k.label().equals(l);
                if (!known) throw bad("'types' names '" + t + "', not one of " + labels(RelationType.values()));
                types.add(l);
            }
            return new RelationFact(id, what(), pattern("a", true), pattern("b", true), types, flag("disputed"), why());
        }

        RuptureFact rupture() {
            return new RuptureFact(id, what(), pattern("a", true), pattern("b", true), year(), flag("disputed"), why());
        }

        BlocFact bloc() {
            List<ActorPattern> together = patterns("together");
            List<ActorPattern> apart = patterns("apart");
            if (together.isEmpty()) throw bad("names nobody 'together'");
            if (together.size() + apart.size() < 2) throw bad("needs two actors at least, 'together' or 'apart'");
            return new BlocFact(id, what(), year(), together, apart, flag("disputed"), why());
        }

        private String what() {
            return n.path("what").isTextual() ? n.get("what").asText() : null;
        }

        private String why() {
            return n.path("why").isTextual() ? n.get("why").asText() : null;
        }

        private boolean flag(String field) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull()) return false;
            if (!v.isBoolean()) throw bad("'" + field + "' must be true or false");
            return v.asBoolean();
        }

        private Integer year() {
            JsonNode v = n.path("year");
            if (v.isMissingNode() || v.isNull()) return null;
            if (!v.isInt() || v.asInt() < 1000 || v.asInt() > 9999) throw bad("'year' must be a four-digit number");
            return v.asInt();
        }

        private ActorPattern pattern(String field, boolean required) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull()) {
                if (required) throw bad("has no '" + field + "'");
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) throw bad("'" + field + "' must be a regular expression or null");
            try {
                return ActorPattern.of(v.asText());
            } catch (IllegalArgumentException e) {
                throw bad("'" + field + "': " + e.getMessage());
            }
        }

        private List<ActorPattern> patterns(String field) {
            List<ActorPattern> out = new ArrayList<>();
            for (String s : strings(field)) {
                try {
                    out.add(ActorPattern.of(s));
                } catch (IllegalArgumentException e) {
                    throw bad("'" + field + "': " + e.getMessage());
                }
            }
            return out;
        }

        private List<String> strings(String field) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull()) return List.of();
            if (!v.isArray()) throw bad("'" + field + "' must be an array of strings");
            List<String> out = new ArrayList<>();
            for (JsonNode s : v) {
                if (!s.isTextual() || s.asText().isBlank()) throw bad("'" + field + "' holds " + s + ", not a string");
                out.add(s.asText());
            }
            return out;
        }

        private IllegalArgumentException bad(String problem) {
            return new IllegalArgumentException(where + ": " + problem);
        }

        private static String labels(Enum<?>[] values) {
            List<String> l = new ArrayList<>();
            for (Enum<?> v : values) l.add(v.name().toLowerCase(Locale.ROOT));
            return String.join(", ", l);
        }
    }
}
