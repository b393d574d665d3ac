package dev.faultline.eval.fakes;

import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The FA-KES suite over rows written by the test, with a stand-in system. */
class FakesSuiteTest {
    private static final String HEADER = "unit_id,article_title,article_content,source,date,location,labels";

    @Test
    void monthAndGovernorateAreScoredAgainstTheMainEvent(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("fakes.csv");
        Files.write(f, List.of(HEADER,
                "1,Raid on Raqa,\"Strikes hit Raqa, a monitor said.\",x,7/5/2015,raqqa,1",
                "2,Blast,\"A blast in Deir ez-Zor.\",y,2/22/2015,deir ezzor,0",
                "3,Nothing,\"Nothing happened.\",z,8/24/2013,damascus,1"));
        List<FakesArticle> rows = FakesSuite.read(f);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).content()).isEqualTo("Strikes hit Raqa, a monitor said.");
        EvalReport r = FakesSuite.run(rows, a -> switch (a.id()) {
            case "1" -> Optional.of(new MainEvent("2015-07-04", "Al-Raqqah Governorate", "Raqa"));
            case "2" -> Optional.of(new MainEvent("2015-03", "Idlib Governorate", "Idlib"));
            default -> Optional.empty();
        });
        assertThat(r.n()).isEqualTo(3);
        assertThat(r.metrics().get("date_month")).isEqualTo(1 / 3.0);
        assertThat(r.metrics().get("governorate")).isEqualTo(1 / 3.0);
        assertThat(r.cases().get(1).get("gold_governorate").asText()).isEqualTo("deir ezzor");
        assertThat(r.cases().get(2).get("date").isNull()).isTrue();
    }

    @Test
    void governoratesMeetAcrossSpellings() {
        assertThat(FakesSuite.sameName("Deir ez-Zor Governorate", "deir ezzor")).isTrue();
        assertThat(FakesSuite.sameName("Al-Hasakah Governorate", "hasakeh")).isTrue();
        assertThat(FakesSuite.sameName("Latakia", "lattakia")).isTrue();
        assertThat(FakesSuite.sameName("Homs Governorate", "hama")).isFalse();
        assertThat(FakesSuite.sameName("Rif Dimashq Governorate", "damascus")).isFalse();
    }

    @Test
    void aBadRowNamesTheFileAndRecord(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.write(f, List.of(HEADER, "1,t,c,s,not-a-date,aleppo,1"));
        assertThatThrownBy(() -> FakesSuite.read(f)).isInstanceOf(IOException.class).hasMessageContaining("bad.csv:1");
    }
}
