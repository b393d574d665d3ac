package dev.faultline.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gazetteer over a few GeoNames rows in the cities500 format, written by the test. */
class GazetteerTest {
    private static String row(long id, String name, String ascii, String alternates, double lat, double lon, String feature,
                              String iso2, String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, ascii, alternates, String.valueOf(lat), String.valueOf(lon), "P", feature,
                iso2, "", admin1, "", "", "", String.valueOf(population), "", "0", "Asia/Damascus", "2020-01-01");
    }

    private static Gazetteer sample(Path dir) throws IOException {
        Path f = dir.resolve("cities500.txt");
        Files.write(f, List.of(
                row(170654, "Damascus", "Damascus", "Dimashq,Damas,Damasco", 33.51, 36.29, "PPLC", "SY", "13", 1569394),
                row(4190581, "Damascus", "Damascus", "", 33.05, -83.6, "PPL", "US", "GA", 300),
                row(170794, "Deir ez-Zor", "Deir ez-Zor", "Dayr az Zawr,Deir al-Zour,Dayr az-Zawr", 35.33, 40.14, "PPLA", "SY", "07", 242565),
                row(169304, "Ḩalab", "Halab", "Aleppo,Alep", 36.2, 37.16, "PPLA", "SY", "09", 1602264),
                row(999, "Ali", "Ali", "", 29.0, 48.0, "PPL", "KW", "01", 900)));
        return Gazetteer.load(f);
    }

    @Test
    void spellingsMeetThroughTheirKey(@TempDir Path dir) throws IOException {
        Gazetteer g = sample(dir);
        assertThat(g.size()).isEqualTo(5);
        for (String spelling : List.of("Deir ez-Zor", "Deir ez Zor", "Dayr az Zawr", "deir al-zour", "Dayr az-Zawr")) {
            assertThat(g.resolve(spelling)).as(spelling).hasValueSatisfying(p -> assertThat(p.geonameId()).isEqualTo(170794));
        }
        assertThat(g.resolve("Halab")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Ḩalab"));
        assertThat(g.resolve("Aleppo")).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("SYR"));
    }

    @Test
    void aCapitalOutranksASmallTownOfTheSameNameUnlessTheArticleIsElsewhere(@TempDir Path dir) throws IOException {
        Gazetteer g = sample(dir);
        assertThat(g.resolve("Damascus")).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("SYR"));
        assertThat(g.lookup("Damascus")).filteredOn(p -> p.country().equals("USA")).singleElement()
                .satisfies(p -> assertThat(p.lon()).isEqualTo(-83.6));
        assertThat(g.lookup("Damascus")).extracting(Place::country).containsExactly("SYR", "SYR", "USA");
        assertThat(g.lookup("Damascus").get(1).isAdmin1()).as("the division named after its seat").isTrue();
    }

    @Test
    void countriesAreKnownWithoutAnyFile() {
        Gazetteer g = Gazetteer.countriesOnly();
        assertThat(g.size()).isZero();
        assertThat(g.resolve("Syria")).hasValueSatisfying(p -> {
            assertThat(p.country()).isEqualTo("SYR");
            assertThat(p.isCountry()).isTrue();
            assertThat(p.lat()).as("no countries file: no centre").isNull();
        });
        assertThat(g.resolve("the Golan Heights".substring(4))).as("the team's regions need no file").hasValueSatisfying(p -> {
            assertThat(p.country()).isEqualTo("SYR");
            assertThat(p.feature()).isEqualTo("RGN");
        });
        assertThat(g.resolve("Khmeimim air base")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Hmeimim"));
        assertThat(g.resolve("Britain")).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("GBR"));
        assertThat(g.resolve("Atlantis")).isEmpty();
    }

    @Test
    void spellingsThatDifferInTheirVowelsMeetThroughTheSkeleton(@TempDir Path dir) throws IOException {
        Gazetteer g = sample(dir);
        assertThat(g.candidates("Deir al-Zour")).first().satisfies(m -> {
            assertThat(m.place().geonameId()).isEqualTo(170794);
            assertThat(m.kind()).isEqualTo(Gazetteer.MatchKind.ALTERNATE);
        });
        assertThat(g.candidates("Dair az-Zor")).first().satisfies(m -> {
            assertThat(m.place().geonameId()).isEqualTo(170794);
            assertThat(m.kind()).isEqualTo(Gazetteer.MatchKind.SKELETON);
        });
        assertThat(g.candidates("Al")).as("an article alone names nothing").isEmpty();
        assertThat(g.candidates("Sirya")).as("countries are never matched by their vowels").isEmpty();
    }

    @Test
    void divisionsAreNamedByGeoNamesCodesAndResolvedWithTheirWord(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities500.txt");
        Files.write(cities, List.of(
                row(169389, "Idlib", "Idlib", "Idleb", 35.93, 36.63, "PPLA", "SY", "12", 128840),
                row(1, "Binnish", "Binnish", "", 35.95, 36.71, "PPL", "SY", "12", 20000),
                row(99634, "Tikrit", "Tikrit", "", 34.6, 43.68, "PPLA", "IQ", "18", 40000)));
        Path codes = dir.resolve("admin1CodesASCII.txt");
        Files.write(codes, List.of("SY.12	Idlib	Idlib	169388", "IQ.18	Salah ad Din	Salah ad Din	91695"));
        Gazetteer g = Gazetteer.open(new GazetteerSources(List.of(cities), java.util.Optional.of(codes), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(g.lookup("Idlib province")).first().satisfies(p -> {
            assertThat(p.isAdmin1()).isTrue();
            assertThat(p.geonameId()).isEqualTo(169388);
            assertThat(p.lat()).as("a division without coordinates is centred on its places").isCloseTo(35.94, org.assertj.core.data.Offset.offset(0.01));
        });
        assertThat(g.resolve("Binnish")).flatMap(g::admin1Name).hasValue("Idlib");
        assertThat(g.lookup("Salah ad Din")).singleElement().satisfies(p -> assertThat(p.precision())
                .isEqualTo(dev.faultline.domain.event.PlacePrecision.ADMIN1));
        assertThat(g.lookup("Tikrit").get(0).feature()).isEqualTo("PPLA");
    }

    @Test
    void aUsersGeoNamesDumpAddsPlacesAndNamesDivisionsByItsAdm1Rows(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities500.txt");
        Files.write(cities, List.of(row(1, "Ar Raqqah", "Ar Raqqah", "Raqqa,Rakka", 35.95, 39.01, "PPLA", "SY", "04", 177636)));
        Path dump = dir.resolve("SY.txt");
        String adm1 = String.join("\t", "163806", "Muḩāfaz̧at ar Raqqah", "Muhafazat ar Raqqah", "Raqqa Governorate,Ar-Raqqah", "35.7",
                "38.8", "A", "ADM1", "SY", "", "04", "", "", "", "944000", "", "0", "Asia/Damascus", "2020-01-01");
        String village = String.join("\t", "7", "Al Hishah", "Al Hishah", "", "36.2", "38.9", "P", "PPL", "SY", "", "04", "", "", "", "0",
                "", "0", "Asia/Damascus", "2020-01-01");
        Files.write(dump, List.of(adm1, village, row(1, "Ar Raqqah", "Ar Raqqah", "Raqqa,Rakka", 35.95, 39.01, "PPLA", "SY", "04", 177636)));
        Gazetteer g = Gazetteer.open(GazetteerSources.of(cities).plus(List.of(dump)));
        assertThat(g.size()).as("a place in both files counts once").isEqualTo(2);
        assertThat(g.resolve("Al Hishah")).flatMap(g::admin1Name).hasValue("Muḩāfaz̧at ar Raqqah");
        assertThat(g.lookup("Raqqa Governorate")).first().satisfies(p -> {
            assertThat(p.isAdmin1()).isTrue();
            assertThat(p.geonameId()).isEqualTo(163806);
        });
    }

    @Test
    void aDivisionsFileNamesEachDivisionOnceByTheCodeAroundItsCentre(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities500.txt");
        Files.write(cities, List.of(
                row(1, "Bandar Abbas", "Bandar Abbas", "", 27.18, 56.27, "PPLA", "IR", "11", 352173),
                row(2, "Minab", "Minab", "", 27.15, 57.08, "PPL", "IR", "11", 70000),
                row(3, "Zanjan", "Zanjan", "", 36.67, 48.48, "PPLA", "IR", "36", 341801),
                row(4, "Abhar", "Abhar", "", 36.15, 49.22, "PPL", "IR", "36", 70000)));
        Path divisions = dir.resolve("divisions.json");
        Files.writeString(divisions, "[{\"name\": \"Hormozgan\", \"countryCode\": \"IR\", \"latitude\": \"27.14\", \"longitude\": \"55.14\"},"
                + "{\"name\": \"Zanjan Province\", \"countryCode\": \"IR\", \"latitude\": \"36.5\", \"longitude\": \"48.4\"},"
                + "{\"name\": \"Bushehr\", \"countryCode\": \"IR\", \"latitude\": \"28.76\", \"longitude\": \"51.5\"}]");
        Gazetteer g = Gazetteer.open(new GazetteerSources(List.of(cities), java.util.Optional.empty(), java.util.Optional.of(divisions),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(g.resolve("Minab")).flatMap(g::admin1Name).hasValue("Hormozgan");
        assertThat(g.resolve("Abhar")).flatMap(g::admin1Name).as("linked by its seat's name").hasValue("Zanjan Province");
        assertThat(g.lookup("Bushehr")).as("nearest to Hormozgan's places, whose code is taken").isEmpty();
    }

    @Test
    void divisionsAreFoundByTheNamesTheirOwnCountriesWriteAndABadCentreIsNotLent(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities500.txt");
        Files.write(cities, List.of(
                row(3173435, "Milan", "Milan", "Milano", 45.46, 9.19, "PPLA", "IT", "09", 1371498),
                row(3181554, "Brescia", "Brescia", "", 45.54, 10.22, "PPLA2", "IT", "09", 196058),
                row(3531023, "Lombardía", "Lombardia", "", 19.18, -102.05, "PPL", "MX", "16", 12610)));
        Path names = dir.resolve("division-names.json");
        Files.writeString(names, "{\"IT\": {\"regions\": [{\"name\": \"Lombardy\", \"admin\": \"09\", \"reference\": {\"geonames\": 3174618},"
                + " \"names\": {\"geonames\": \"Lombardy\", \"en\": \"Lombardy\", \"it\": \"Lombardia\", \"de\": \"Lombardei\"}}]}}");
        Path divisions = dir.resolve("divisions.json");
        Files.writeString(divisions, "[{\"name\": \"Lombardy\", \"countryCode\": \"IT\", \"latitude\": \"44.3\", \"longitude\": \"-94.7\"}]");
        Gazetteer g = Gazetteer.open(new GazetteerSources(List.of(cities), java.util.Optional.empty(), java.util.Optional.of(divisions),
                java.util.Optional.empty(), java.util.Optional.of(names), java.util.Optional.empty()));
        assertThat(g.candidates("Lombardia")).first().satisfies(m -> {
            assertThat(m.place().isAdmin1()).isTrue();
            assertThat(m.place().country()).isEqualTo("ITA");
            assertThat(m.place().geonameId()).isEqualTo(3174618);
            assertThat(m.place().lat()).as("the file's centre lies in Minnesota; its towns' is kept").isBetween(45.0, 46.0);
        });
        assertThat(g.candidates("Lombardei")).extracting(m -> m.place().country()).contains("ITA");
        assertThat(g.resolve("Brescia")).flatMap(g::admin1Name).hasValue("Lombardy");
    }

    @Test
    void compilingRemovesEarlierFormatsAndKeepsThisFormatsOtherSourcesReadable(@TempDir Path dir) throws Exception {
        sample(dir);
        Path cities = dir.resolve("cities500.txt"), cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Path older = Files.writeString(cache.resolve("gazetteer-1-abc123.idx"), "an earlier format");
        Path sibling = Files.writeString(cache.resolve("gazetteer-" + CompiledGazetteer.FORMAT + "-abc123.idx"), "other sources");
        Gazetteer.open(new GazetteerSources(List.of(cities), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(cache)));
        assertThat(older).doesNotExist();
        assertThat(sibling).exists();
        try (var files = Files.list(cache)) {
            Path made = files.filter(f -> !f.equals(sibling)).findFirst().orElseThrow();
            if (Files.getFileStore(made).supportsFileAttributeView("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-r--r--");
            }
        }
    }

    @Test
    void theCompiledGazetteerIsReadBackAndRebuiltWhenASourceChanges(@TempDir Path dir) throws Exception {
        Gazetteer built = sample(dir);
        Path cities = dir.resolve("cities500.txt"), cache = dir.resolve("cache");
        GazetteerSources sources = new GazetteerSources(List.of(cities), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(cache));
        Gazetteer first = Gazetteer.open(sources);
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).endsWith(".idx"));
        }
        Path compiled;
        try (var files = Files.list(cache)) {
            compiled = files.findFirst().orElseThrow();
        }
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(compiled);
        Thread.sleep(20);
        Gazetteer second = Gazetteer.open(sources);
        assertThat(Files.getLastModifiedTime(compiled)).as("read back, not rebuilt").isEqualTo(written);
        for (String name : List.of("Damascus", "Aleppo", "Dayr az Zawr", "Ali")) {
            assertThat(second.lookup(name)).as(name).isEqualTo(first.lookup(name)).isEqualTo(built.lookup(name));
        }
        Files.write(cities, List.of(row(1, "Qamishli", "Qamishli", "", 37.05, 41.22, "PPL", "SY", "05", 184231)),
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(Gazetteer.open(sources).resolve("Qamishli")).as("a changed source is compiled again").isPresent();
        assertThat(Gazetteer.open(sources).size()).isEqualTo(6);
    }

    @Test
    void aBrokenRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, List.of(row(1, "A", "A", "", 1, 1, "PPL", "SY", "01", 1), "x\ty\tz\t\tnot-a-number\t1\tP\tPPL\tSY\t\t01\t\t\t\t5"));
        assertThatThrownBy(() -> Gazetteer.load(f)).isInstanceOf(IOException.class).hasMessageContaining("bad.txt:2");
        assertThatThrownBy(() -> Gazetteer.load(dir.resolve("missing.txt"))).isInstanceOf(IOException.class)
                .hasMessageContaining("missing.txt: no such GeoNames file");
    }
}
