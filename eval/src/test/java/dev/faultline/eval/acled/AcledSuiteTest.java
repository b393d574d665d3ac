package dev.faultline.eval.acled;

import dev.faultline.domain.GreatCircle;
import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AcledSuiteTest {
    static final Function<String, Optional<String>> ISO = n -> Optional.ofNullable(Map.of("Syria", "SYR", "Turkey", "TUR", "Yemen", "YEM").get(n));

    static AcledRow row(String subType, String a1, String a2, int geoPrecision, int fatalities) {
        return new AcledRow("X1", "2022-01-10", 1, subType, a1, a2, "Middle East", "Syria", "Aleppo", 36.2, 37.15, geoPrecision,
                "SOHR", "On 10 January 2022, ...", fatalities, 1642000000L);
    }

    @Test
    void scoresEachMetricAsTheReadmeSays() {
        AcledRow r = row("Air/drone strike", "Military Forces of Turkey (2016-)", "Civilians (Syria)", 1, 3);
        EvalReport rep = AcledSuite.run(List.of(r), x -> List.of(
                new ProducedEvent("ASSAULT", Set.of("TUR"), "Aleppo", 36.3, 37.2, "2022-01-10", "day", 3)), ISO);
        assertThat(rep.metrics()).containsEntry("detected", 1.0).containsEntry("type", 1.0)
                .containsEntry("actors_f1", 2 * 1.0 * 0.5 / 1.5).containsEntry("location_25km", 1.0)
                .containsEntry("date", 1.0).containsEntry("fatalities", 1.0);
    }

    @Test
    void missesAndUnscoredRows() {
        AcledRow other = row("Other", "Unidentified Armed Group (Syria)", null, 3, 0);
        AcledRow far = row("Armed clash", "Military Forces of Yemen (2016-) Supreme Political Council", null, 1, 2);
        EvalReport rep = AcledSuite.run(List.of(other, far), x -> x == other ? List.of()
                : List.of(new ProducedEvent("COERCE", Set.of(), "Sanaa", 15.35, 44.2, "2022-01", "month", null)), ISO);
        assertThat(rep.metrics().get("detected")).isEqualTo(0.5);
        assertThat(rep.metrics().get("type")).as("Other is not scored").isEqualTo(0.0);
        assertThat(rep.metrics().get("location_25km")).as("geo_precision 3 is not scored").isEqualTo(0.0);
        assertThat(rep.metrics().get("date")).isEqualTo(0.0);
        assertThat(rep.metrics().get("actors_f1")).isEqualTo(0.0);
        assertThat(rep.n()).isEqualTo(2);
    }

    @Test
    void actorCountriesComeOnlyFromWhatTheNameSays() {
        assertThat(AcledActors.country("Military Forces of Yemen (2016-) Supreme Political Council", ISO)).contains("YEM");
        assertThat(AcledActors.country("Protesters (Turkey)", ISO)).contains("TUR");
        assertThat(AcledActors.country("Operation Restoring Hope", ISO)).isEmpty();
        assertThat(AcledActors.country("Military Forces of the Syria (2000-)", ISO)).contains("SYR");
    }

    @Test
    void haversineIsRight() {
        assertThat(GreatCircle.km(33.5138, 36.2765, 36.2021, 37.1343)).as("Damascus to Aleppo").isCloseTo(309, within(5.0));
    }

    @Test
    void readsTheSharedDevelopmentHalf() throws IOException {
        Path f = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("eval/acled/acled-2022-q1.jsonl");
        Assumptions.assumeTrue(Files.exists(f), "skipped: ../shared/eval/acled is absent");
        List<AcledRow> rows = AcledSuite.read(f);
        assertThat(rows).hasSizeGreaterThan(1000);
        assertThat(rows).allSatisfy(r -> assertThat(r.notes()).isNotBlank());
        assertThat(rows.get(0).published()).isAfterOrEqualTo(java.time.LocalDate.parse(rows.get(0).eventDate()));
    }
}
