package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.faultline.cli.export.ExportFixture;
import dev.faultline.app.view.export.Gdelt;
import dev.faultline.app.view.export.GraphMlReader;
import dev.faultline.app.view.export.Tables;
import dev.faultline.domain.event.PloverType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.nio.ImportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.faultline.cli.export.ExportFixture.AID;
import static dev.faultline.cli.export.ExportFixture.HOSTILE_NAME;
import static dev.faultline.cli.export.ExportFixture.HOSTILE_PLACE;
import static dev.faultline.cli.export.ExportFixture.HOSTILE_SENTENCE;
import static dev.faultline.cli.export.ExportFixture.PROTEST;
import static dev.faultline.cli.export.ExportFixture.PULLBACK;
import static dev.faultline.cli.export.ExportFixture.STRIKE;
import static dev.faultline.cli.export.ExportFixture.UNDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** `faultline export` and `faultline relations --format graphml` on a real DuckDB file of hand-coded reports. */
class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_FILES = List.of("articles.csv", "actors.csv", "events.csv", "claims.csv", "forces.csv",
            "relations.csv", "articles.jsonl", "actors.jsonl", "events.jsonl", "claims.jsonl", "forces.jsonl", "relations.jsonl",
            "events.geojson", "relations.graphml", "events.gdelt.tsv", "events.plover.jsonl");

    @TempDir
    static Path dir;
    static String db;
    static Path out;
    static Cli export;

    @BeforeAll
    static void exportTheReports() {
        db = ExportFixture.store(dir);
        out = dir.resolve("out");
        export = Cli.run("export", "--db", db, "--out", out.toString());
    }

    static String read(String file) {
        try {
            return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CSVRecord> csv(String file) {
        try (CSVParser p = CSVParser.parse(read(file), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(String file) {
        try (CSVParser p = CSVParser.parse(read(file), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode byId(List<JsonNode> lines, String id) {
        return ClaimsCommandsTest.byId(lines, id);
    }

    @Test
    void writesEveryFileAndSaysSoInOneLine() throws IOException {
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(export.out().lines()).hasSize(1).first().asString().startsWith("Wrote 16 files to " + out)
                .contains("events.geojson (3)", "events.gdelt.tsv (5)", "articles.csv (3)");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(ALL_FILES);
        }
    }

    @Test
    void graphMlValidatesAgainstTheSchemaAndCarriesActorsAndRelations() {
        GraphMlReader g = GraphMlReader.read(read("relations.graphml"));
        List<JsonNode> actors = Contract.lines(read("actors.jsonl"));
        List<JsonNode> relations = Contract.lines(read("relations.jsonl"));
        assertThat(g.nodes().keySet()).containsExactlyElementsOf(actors.stream().map(a -> a.at("/actor/id").asText()).toList())
                .contains("iran", "irgc", "quds-force", "hezbollah", "israel", "brigade-co");
        assertThat(g.edges()).hasSize(relations.size()).isNotEmpty();

        Map<String, String> irgc = g.nodes().get("irgc");
        assertThat(irgc).containsEntry("label", "Islamic Revolutionary Guard Corps").containsEntry("kind", "organization")
                .containsEntry("country", "IRN").containsEntry("sector", "MIL").containsEntry("cameo", "IRNMIL")
                .containsEntry("lineage", "irgc > iran").containsEntry("origin", "known").containsEntry("events", "0");
        assertThat(g.nodes().get("quds-force")).containsEntry("lineage", "quds-force > irgc > iran").containsEntry("events", "1");
        assertThat(g.nodes().get("israel")).containsEntry("events", "3");
        assertThat(g.nodes().get("brigade-co")).containsEntry("label", HOSTILE_NAME).containsEntry("origin", "candidate")
                .doesNotContainKey("country");

        for (int i = 0; i < relations.size(); i++) {
            JsonNode r = relations.get(i);
            GraphMlReader.Edge e = g.edges().get(i);
            assertThat(e.source()).isEqualTo(r.at("/a/id").asText());
            assertThat(e.target()).isEqualTo(r.at("/b/id").asText());
            assertThat(e.data()).containsEntry("type", r.path("type").asText()).containsEntry("basis", r.path("basis").asText())
                    .containsEntry("rolled_up", r.path("rolled_up").asText())
                    .containsEntry("evidence_count", Integer.toString(r.path("evidence").size()));
            assertThat(Double.parseDouble(e.data().get("score"))).isEqualTo(r.path("score").asDouble());
            double score = r.path("score").asDouble();
            assertThat(e.weight()).isEqualTo(score == 0 ? 1.0 : Math.abs(score));
            boolean symmetric = Set.of("ally", "hostile").contains(r.path("type").asText());
            assertThat(e.directed()).isEqualTo(Boolean.toString(!symmetric));
            if (r.path("from").isNull()) assertThat(e.data()).doesNotContainKey("start");
            else assertThat(e.data().get("start")).startsWith(r.path("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            if (r.path("to").isNull()) assertThat(e.data()).doesNotContainKey("end");
            else assertThat(e.data().get("end")).startsWith(r.path("to").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        GraphMlReader.Edge proxy = edge(g, "hezbollah", "proxy_of", "iran", "knowledge");
        assertThat(proxy.directed()).isEqualTo("true");
        assertThat(proxy.data()).containsEntry("basis", "knowledge").containsEntry("from", "1982").containsEntry("start", "1982-01-01")
                .doesNotContainKey("end");
        GraphMlReader.Edge strike = edge(g, "israel", "hostile", "iran", "events");
        assertThat(strike.directed()).isEqualTo("false");
        assertThat(strike.data()).containsEntry("basis", "events").containsEntry("start", "2018-10-01").containsEntry("end", "2018-10-31")
                .containsEntry("evidence", STRIKE);
    }

    private static GraphMlReader.Edge edge(GraphMlReader g, String a, String type, String b, String basis) {
        return g.edges().stream().filter(e -> type.equals(e.data().get("type")) && basis.equals(e.data().get("basis"))
                        && (e.source().equals(a) && e.target().equals(b) || type.equals("hostile") && e.source().equals(b) && e.target().equals(a)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + a + " " + type + " " + b + " in " + g.edges()));
    }

    @Test
    void theGraphMlReaderRejectsWhatTheSchemaForbids() {
        String good = read("relations.graphml");
        assertThatThrownBy(() -> GraphMlReader.read(good.replaceFirst("directed=\"false\"", "directed=\"maybe\"")))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> GraphMlReader.read(good.replaceFirst("<graph ", "<graph bogus=\"1\" ")))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void relationsFormatGraphMlPrintsTheSameGraph() {
        Cli r = Cli.run("relations", "--db", db, "--format", "graphml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("<?xml").isEqualTo(read("relations.graphml"));
        assertThat(GraphMlReader.read(r.out()).nodes()).containsKey("brigade-co");
    }

    @Test
    void geoJsonIsAnRfc7946FeatureCollectionOfTheLocatedEvents() throws IOException {
        JsonNode fc = JSON.readTree(read("events.geojson"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(RFC_7946_POINTS);
        assertThat(schema.validate(fc)).isEmpty();
        List<JsonNode> features = stream(fc.path("features"));
        assertThat(features).extracting(f -> f.path("id").asText()).containsExactlyInAnyOrder(STRIKE, AID, PROTEST);

        JsonNode strike = features.stream().filter(f -> f.path("id").asText().equals(STRIKE)).findFirst().orElseThrow();
        assertThat(strike.at("/geometry/coordinates/0").asDouble()).as("longitude first").isEqualTo(ExportFixture.DAMASCUS_LON);
        assertThat(strike.at("/geometry/coordinates/1").asDouble()).as("then latitude").isEqualTo(ExportFixture.DAMASCUS_LAT);
        JsonNode p = strike.path("properties");
        assertThat(p.path("date").asText()).isEqualTo("2018-10-02");
        assertThat(p.path("type").asText()).isEqualTo("ASSAULT");
        assertThat(p.path("cameo").asText()).isEqualTo("195");
        assertThat(p.path("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(p.path("modality").asText()).isEqualTo("asserted");
        assertThat(p.path("source_ids").asText()).isEqualTo("israel");
        assertThat(p.path("target_names").asText()).isEqualTo("Iran");
        assertThat(p.path("place").asText()).isEqualTo("Damascus");
        assertThat(p.path("country").asText()).isEqualTo("SYR");
        assertThat(p.path("admin1").asText()).isEqualTo("Damascus Governorate");
        assertThat(p.path("precision").asText()).isEqualTo("place");
        assertThat(p.path("geonameid").asLong()).isEqualTo(170654L);
        assertThat(p.path("outlet").asText()).isEqualTo("Reuters");
        assertThat(p.path("article").asText()).isEqualTo(ExportFixture.REUTERS.id().value());
        assertThat(p.path("credibility").asInt()).isBetween(1, 6);
        assertThat(p.path("corroboration").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void gdeltTableHasAHeaderAndOneRowOfConstantWidthPerEvent() {
        List<String> lines = read("events.gdelt.tsv").lines().toList();
        assertThat(lines.get(0).split("\t", -1)).containsExactlyElementsOf(Gdelt.COLUMNS);
        assertThat(lines).hasSize(1 + 5);
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(Gdelt.COLUMNS.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) row.put(Gdelt.COLUMNS.get(i), cells[i]);
            assertThat(row.get("GLOBALEVENTID")).matches("[1-9]\\d*");
            assertThat(row.get("SQLDATE")).matches("(\\d{8})?");
            assertThat(row.get("DATEADDED")).matches("\\d{14}");
            rows.put(row.get("FaultlineEventID"), row);
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrder(STRIKE, AID, PULLBACK, PROTEST, UNDATED);
        assertThat(rows.values().stream().map(r -> r.get("GLOBALEVENTID")).distinct()).hasSize(5);

        Map<String, String> strike = rows.get(STRIKE);
        assertThat(strike).containsEntry("SQLDATE", "20181002").containsEntry("MonthYear", "201810").containsEntry("Year", "2018")
                .containsEntry("Actor1Code", "ISR").containsEntry("Actor1Name", "Israel").containsEntry("Actor1CountryCode", "ISR")
                .containsEntry("Actor2Code", "IRN").containsEntry("IsRootEvent", "1").containsEntry("EventCode", "195")
                .containsEntry("EventBaseCode", "195").containsEntry("EventRootCode", "19").containsEntry("QuadClass", "4")
                .containsEntry("AvgTone", "").containsEntry("ActionGeo_Type", "4").containsEntry("ActionGeo_CountryCode", "SYR")
                .containsEntry("ActionGeo_FeatureID", "170654").containsEntry("SOURCEURL", ExportFixture.REUTERS.url());
        assertThat(Double.parseDouble(strike.get("GoldsteinScale"))).isEqualTo(-10.0);
        assertThat(Double.parseDouble(strike.get("ActionGeo_Lat"))).isEqualTo(ExportFixture.DAMASCUS_LAT);
        assertThat(Double.parseDouble(strike.get("ActionGeo_Long"))).isEqualTo(ExportFixture.DAMASCUS_LON);
        assertThat(Double.parseDouble(strike.get("FractionDate"))).isCloseTo(2018.75, within(0.01));
        assertThat(rows.get(AID)).containsEntry("SQLDATE", "20181000").containsEntry("MonthYear", "201810").containsEntry("IsRootEvent", "0")
                .containsEntry("EventBaseCode", "071").containsEntry("EventRootCode", "07").containsEntry("QuadClass", "2")
                .containsEntry("ActionGeo_Type", "1");
        assertThat(rows.get(PROTEST)).containsEntry("SQLDATE", "20190000").containsEntry("MonthYear", "201900")
                .containsEntry("ActionGeo_Type", "5");
        assertThat(rows.get(PULLBACK)).containsEntry("SQLDATE", "20180900").containsEntry("ActionGeo_Type", "")
                .containsEntry("ActionGeo_Lat", "").containsEntry("Actor2Code", "").containsEntry("SOURCEURL", "debka.txt");
        assertThat(rows.get(UNDATED)).containsEntry("SQLDATE", "").containsEntry("MonthYear", "").containsEntry("FractionDate", "")
                .containsEntry("ActionGeo_FullName", "");
    }

    @Test
    void ploverLinesCarryPloverTypesAndTheirSentences() {
        Set<String> types = Arrays.stream(PloverType.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(types).hasSize(16);
        List<JsonNode> lines = Contract.lines(read("events.plover.jsonl"));
        assertThat(ClaimsCommandsTest.ids(lines)).containsExactlyInAnyOrderElementsOf(ExportFixture.eventIds());
        assertThat(lines).allSatisfy(l -> {
            assertThat(types).contains(l.path("event_type").asText());
            assertThat(l.path("context").isArray()).isTrue();
            assertThat(l.path("source_actor").isArray()).isTrue();
            assertThat(l.path("target_actor").isArray()).isTrue();
            assertThat(l.path("text").asText()).isNotBlank();
            assertThat(l.path("faultline").path("cameo").asText()).matches("\\d{2,4}");
        });
        JsonNode strike = byId(lines, STRIKE);
        assertThat(strike.path("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(strike.path("mode").asText()).isEqualTo("aerial");
        assertThat(strike.path("date").asText()).isEqualTo("2018-10-02");
        assertThat(strike.at("/source_actor/0/text").asText()).isEqualTo("Israeli jets");
        assertThat(strike.at("/source_actor/0/code").asText()).isEqualTo("ISR");
        assertThat(strike.at("/target_actor/0/id").asText()).isEqualTo("iran");
        assertThat(strike.at("/location/lat").asDouble()).isEqualTo(ExportFixture.DAMASCUS_LAT);
        assertThat(strike.at("/location/lon").asDouble()).isEqualTo(ExportFixture.DAMASCUS_LON);
        assertThat(strike.path("publisher").asText()).isEqualTo("Reuters");
        assertThat(strike.at("/faultline/goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(strike.at("/faultline/attribution/0/text").asText()).isEqualTo("Reuters");
        assertThat(byId(lines, PULLBACK).at("/faultline/modality").asText()).isEqualTo("reported");
        assertThat(byId(lines, AID).path("mode").isNull()).isTrue();
        assertThat(byId(lines, UNDATED).path("date").isNull()).isTrue();
        assertThat(byId(lines, UNDATED).path("location").isNull()).isTrue();
    }

    @Test
    void csvAndJsonLinesCoverEverythingInTheListingShapes() {
        assertThat(read("events.csv")).isEqualTo(Cli.run("events", "--db", db, "--format", "csv").out());
        assertThat(header("events.csv")).containsExactlyElementsOf(EventsCommand.CSV_COLUMNS);
        assertThat(read("claims.jsonl").lines()).as("the claims command's lines, in another order")
                .containsExactlyInAnyOrderElementsOf(Cli.run("claims", "--db", db, "--format", "jsonl").out().lines().toList());

        List<JsonNode> articles = Contract.lines(read("articles.jsonl"));
        assertThat(articles).hasSize(3).allSatisfy(a -> assertThat(Contract.violations("article", a)).as(a.toString()).isEmpty());
        assertThat(csv("articles.csv")).hasSize(3);
        assertThat(header("articles.csv")).containsExactlyElementsOf(Tables.ARTICLE_COLUMNS).doesNotContain("text");

        List<JsonNode> events = Contract.lines(read("events.jsonl"));
        assertThat(ClaimsCommandsTest.ids(events)).containsExactlyInAnyOrderElementsOf(ExportFixture.eventIds());
        assertThat(events).allSatisfy(e -> assertThat(Contract.violations("event", e)).as(e.toString()).isEmpty());
        List<JsonNode> claims = Contract.lines(read("claims.jsonl"));
        assertThat(claims).hasSize(6).allSatisfy(c -> assertThat(Contract.violations("claim", c)).as(c.toString()).isEmpty());
        assertThat(csv("claims.csv")).hasSize(6);
        List<JsonNode> forces = Contract.lines(read("forces.jsonl"));
        assertThat(forces).hasSize(1).allSatisfy(f -> assertThat(Contract.violations("force", f)).as(f.toString()).isEmpty());
        CSVRecord force = csv("forces.csv").get(0);
        assertThat(force.get("actor")).isEqualTo("irgc");
        assertThat(force.get("lat")).isEqualTo("35.3359");

        List<JsonNode> actors = Contract.lines(read("actors.jsonl"));
        assertThat(actors).filteredOn(a -> a.path("mentions").asInt() > 0)
                .allSatisfy(a -> assertThat(Contract.violations("actor", a)).as(a.toString()).isEmpty());
        assertThat(byActor(actors, "iran").path("mentions").asInt()).isEqualTo(1);
        assertThat(byActor(actors, "israel").path("events").asInt()).isEqualTo(3);
        List<CSVRecord> actorRows = csv("actors.csv");
        assertThat(actorRows).hasSize(actors.size());
        CSVRecord quds = actorRows.stream().filter(r -> r.get("id").equals("quds-force")).findFirst().orElseThrow();
        assertThat(quds.get("lineage")).isEqualTo("quds-force;irgc;iran");
        assertThat(quds.get("spellings")).isEqualTo("The Quds Force");

        assertThat(csv("relations.csv")).hasSize(Contract.lines(read("relations.jsonl")).size());
    }

    private static JsonNode byActor(List<JsonNode> actors, String id) {
        return actors.stream().filter(a -> a.at("/actor/id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void hostileTextRoundTripsInEveryFormat() throws IOException {
        // CSV
        CSVRecord protest = csv("events.csv").stream().filter(r -> r.get("id").equals(PROTEST)).findFirst().orElseThrow();
        assertThat(protest.get("text")).isEqualTo(HOSTILE_SENTENCE);
        assertThat(protest.get("location")).isEqualTo(HOSTILE_PLACE);
        assertThat(protest.get("outlet")).isEqualTo(ExportFixture.HOSTILE.outlet());
        assertThat(csv("actors.csv").stream().filter(r -> r.get("id").equals("brigade-co")).findFirst().orElseThrow().get("name"))
                .isEqualTo(HOSTILE_NAME);
        assertThat(csv("claims.csv").stream().filter(r -> r.get("id").equals(PROTEST)).findFirst().orElseThrow().get("text"))
                .isEqualTo(HOSTILE_SENTENCE);
        // JSON Lines
        JsonNode event = byId(Contract.lines(read("events.jsonl")), PROTEST);
        assertThat(event.path("text").asText()).isEqualTo(HOSTILE_SENTENCE);
        assertThat(event.at("/source/0/name").asText()).isEqualTo(HOSTILE_NAME);
        assertThat(event.at("/location/name").asText()).isEqualTo(HOSTILE_PLACE);
        assertThat(byId(Contract.lines(read("articles.jsonl")), ExportFixture.HOSTILE.id().value()).path("path").asText())
                .isEqualTo("hostile\tfile.txt");
        // GeoJSON
        JsonNode feature = stream(JSON.readTree(read("events.geojson")).path("features")).stream()
                .filter(f -> f.path("id").asText().equals(PROTEST)).findFirst().orElseThrow();
        assertThat(feature.at("/properties/text").asText()).isEqualTo(HOSTILE_SENTENCE);
        assertThat(feature.at("/properties/place").asText()).isEqualTo(HOSTILE_PLACE);
        assertThat(feature.at("/properties/source_names").asText()).isEqualTo(HOSTILE_NAME);
        assertThat(feature.at("/geometry/coordinates/0").asDouble()).isEqualTo(ExportFixture.TOWN_LON);
        // GraphML: escaped by the writer, read back whole
        String graphml = read("relations.graphml");
        assertThat(graphml).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(GraphMlReader.read(graphml).nodes().get("brigade-co").get("label")).isEqualTo(HOSTILE_NAME);
        // GDELT: tabs become spaces, nothing else changes, the row keeps its width
        String row = read("events.gdelt.tsv").lines().filter(l -> l.endsWith("\t" + PROTEST)).findFirst().orElseThrow();
        String[] cells = row.split("\t", -1);
        assertThat(cells).hasSize(Gdelt.COLUMNS.size());
        assertThat(cells[Gdelt.COLUMNS.indexOf("Actor1Name")]).isEqualTo(HOSTILE_NAME.replace('\t', ' '));
        assertThat(cells[Gdelt.COLUMNS.indexOf("ActionGeo_FullName")]).startsWith(HOSTILE_PLACE.replace('\t', ' ') + ", ");
        assertThat(cells[Gdelt.COLUMNS.indexOf("SOURCEURL")]).isEqualTo("hostile file.txt");
        // PLOVER
        JsonNode plover = byId(Contract.lines(read("events.plover.jsonl")), PROTEST);
        assertThat(plover.path("text").asText()).isEqualTo(HOSTILE_SENTENCE);
        assertThat(plover.at("/source_actor/0/name").asText()).isEqualTo(HOSTILE_NAME);
        assertThat(plover.at("/location/name").asText()).isEqualTo(HOSTILE_PLACE);
        assertThat(plover.path("publisher").asText()).isEqualTo(ExportFixture.HOSTILE.outlet());
        // every JSON Lines file is one object a line
        for (String f : List.of("articles.jsonl", "actors.jsonl", "events.jsonl", "claims.jsonl", "forces.jsonl", "relations.jsonl",
                "events.plover.jsonl")) {
            assertThat(read(f).lines()).as(f).allSatisfy(l -> assertThat(JSON.readTree(l).isObject()).isTrue());
        }
    }

    @Test
    void oneFormatWritesOnlyItsFiles() throws IOException {
        Path only = dir.resolve("only-geojson");
        Cli r = Cli.run("export", "--db", db, "--out", only.toString(), "--format", "geojson");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("Wrote 1 file to " + only + ": events.geojson (3)");
        try (Stream<Path> files = Files.list(only)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("events.geojson");
        }
        Path csv = dir.resolve("only-csv");
        assertThat(Cli.run("export", "--db", db, "--out", csv.toString(), "--format", "csv").exit()).isZero();
        try (Stream<Path> files = Files.list(csv)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".csv")).hasSize(6);
        }
    }

    @Test
    void anOutThatIsAFileIsRefusedInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder.txt"), "keep me");
        Cli r = Cli.run("export", "--db", db, "--out", file.toString());
        assertThat(r.exit()).isEqualTo(Faultline.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("faultline export: ").contains("--out", file.toString());
        assertThat(Files.readString(file)).isEqualTo("keep me");

        Cli missing = Cli.run("export", "--db", db);
        assertThat(missing.exit()).isEqualTo(Faultline.USAGE);
        assertThat(missing.err()).contains("--out");
        Cli bad = Cli.run("export", "--db", db, "--out", dir.resolve("x").toString(), "--format", "pdf");
        assertThat(bad.exit()).isEqualTo(Faultline.USAGE);
        assertThat(bad.err()).contains("--format");
    }

    private static List<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** RFC 7946, as far as these exports go: a FeatureCollection of Features with Point geometries (or none), no "crs". */
    private static final String RFC_7946_POINTS = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["type", "features"],
              "properties": {
                "type": {"const": "FeatureCollection"},
                "features": {"type": "array", "items": {"$ref": "#/$defs/feature"}},
                "bbox": {"type": "array", "minItems": 4, "items": {"type": "number"}}
              },
              "not": {"required": ["crs"]},
              "$defs": {
                "feature": {
                  "type": "object",
                  "required": ["type", "geometry", "properties"],
                  "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "geometry": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/point"}]},
                    "properties": {"type": ["object", "null"]}
                  },
                  "not": {"required": ["crs"]}
                },
                "point": {
                  "type": "object",
                  "required": ["type", "coordinates"],
                  "properties": {
                    "type": {"const": "Point"},
                    "coordinates": {
                      "type": "array", "minItems": 2, "maxItems": 3,
                      "prefixItems": [
                        {"type": "number", "minimum": -180, "maximum": 180},
                        {"type": "number", "minimum": -90, "maximum": 90}
                      ],
                      "items": {"type": "number"}
                    }
                  }
                }
              }
            }
            """;
}
