package dev.faultline.claims;

import dev.faultline.domain.TextEnds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A wire credit reads the same from an article's text ends (what a store keeps) as from its whole text. */
class WireCreditEndsTest {
    private static final OutletGrades GRADES = OutletGrades.defaults();
    private static final List<String> OPENINGS = List.of("TEHRAN, July 20 (AFP) — Iran said on Sunday", "(Reuters) - Rebels shelled the town",
            "By Reuters staff", "By AFP", "BEIRUT (AP) — A blast hit the port", "Fighting went on near the border", "(UNCLEAR) — a line",
            "DAMASCUS (Reuters)", "— Fighting went on");
    private static final List<String> CLOSINGS = List.of("— AFP", "(Reuters)", "AFP/Reuters", "Reporting by a correspondent; editing by a desk",
            "AFP contributed to this report.", "The talks resume on Monday.", "Reuters");

    @Test
    void theEndsGiveTheCreditTheWholeTextGives() {
        Random random = new Random(20);
        int credited = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder(OPENINGS.get(random.nextInt(OPENINGS.size())));
            int body = random.nextInt(7);
            for (int l = 0; l < body; l++) {
                text.append(random.nextBoolean() ? "\n\n" : "\n").append(random.nextInt(4) == 0
                        ? CLOSINGS.get(random.nextInt(CLOSINGS.size())) : "Body line " + l + " on the fighting, ".repeat(1 + random.nextInt(4)));
            }
            if (random.nextBoolean()) text.append("\n").append(CLOSINGS.get(random.nextInt(CLOSINGS.size())));
            String t = text.toString();
            assertThat(WireCredit.of(TextEnds.of(t), GRADES)).as(t).isEqualTo(WireCredit.of(t, GRADES));
            if (WireCredit.of(t, GRADES).isPresent()) credited++;
        }
        assertThat(credited).as("texts with a credit").isGreaterThan(500);
    }
}
