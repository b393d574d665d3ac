package dev.faultline.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
        assertThat(g.resolve("Damascus", Set.of("USA"))).hasValueSatisfying(p -> assertThat(p.lon()).isEqualTo(-83.6));
        assertThat(g.lookup("Damascus")).extracting(Place::country).containsExactly("SYR", "USA");
    }

    @Test
    void countriesAreKnownWithoutAnyFile() {
        Gazetteer g = Gazetteer.countriesOnly();
        assertThat(g.size()).isZero();
        assertThat(g.resolve("Syria")).hasValueSatisfying(p -> {
            assertThat(p.country()).isEqualTo("SYR");
            assertThat(p.isCountry()).isTrue();
            assertThat(p.lat()).isNull();
        });
        assertThat(g.resolve("Britain")).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("GBR"));
        assertThat(g.resolve("Atlantis")).isEmpty();
    }

    @Test
    void aBrokenRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, List.of(row(1, "A", "A", "", 1, 1, "PPL", "SY", "01", 1), "x\ty\tz\t\tnot-a-number\t1\tP\tPPL\tSY\t\t01\t\t\t\t5"));
        assertThatThrownBy(() -> Gazetteer.load(f)).isInstanceOf(IOException.class).hasMessageContaining("bad.txt:2");
    }
}
