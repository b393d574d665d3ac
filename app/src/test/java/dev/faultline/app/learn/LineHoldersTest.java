package dev.faultline.app.learn;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.Ingest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The boilerplate learner's state merges the same whatever the order and split of the reports learnt. */
class LineHoldersTest {
    private static final Boilerplate LEARNER = new Boilerplate(Ingest.withDefaults());

    private static RawReport report(int i, String... lines) {
        return new RawReport(new Source("r" + i + ".txt", Source.Format.TEXT, 0), null, "Report number " + i + " begins here.\n"
                + String.join("\n", lines), null, null, null, List.of());
    }

    private static List<RawReport> corpus() {
        List<RawReport> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> lines = new ArrayList<>();
            if (i % 2 == 0) lines.add("Share on the usual networks");
            if (i % 7 == 0) lines.add("A line seven reports hold");
            if (i % 20 == 0) lines.add("Rare line");
            lines.add("The body of report " + i + " says something only it says.");
            out.add(report(i, lines.toArray(String[]::new)));
        }
        return out;
    }

    @Test
    void anyOrderAndAnySplitMergeToTheStateOfTheWhole() {
        List<RawReport> all = corpus();
        LineHolders whole = LEARNER.learn(all);
        Random random = new Random(9);
        for (int trial = 0; trial < 25; trial++) {
            List<RawReport> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            int parts = 1 + random.nextInt(6);
            List<LineHolders> states = new ArrayList<>();
            for (int p = 0; p < parts; p++) states.add(LEARNER.learn(shuffled.subList(p * shuffled.size() / parts, (p + 1) * shuffled.size() / parts)));
            Collections.shuffle(states, random);
            LineHolders merged = LEARNER.empty();
            for (LineHolders s : states) merged = random.nextBoolean() ? LEARNER.merge(merged, s) : LEARNER.merge(s, merged);
            assertThat(merged).as("trial %d, %d parts", trial, parts).isEqualTo(whole);
            assertThat(LEARNER.merge(merged, LEARNER.learn(shuffled.subList(0, 5)))).as("learning again changes nothing").isEqualTo(whole);
        }
    }

    @Test
    void aLineRecursFromTheBoundOnAndKeepsItsSmallestHolders() {
        LineHolders whole = LEARNER.learn(corpus());
        assertThat(whole.recurs("share on the usual networks")).isTrue();
        assertThat(whole.holders("share on the usual networks")).hasSize(3).isSorted();
        assertThat(whole.recurs("rare line")).isFalse();
        assertThat(whole.holders("rare line")).hasSize(2).isSorted();
        List<ArticleId> share = new ArrayList<>();
        for (RawReport r : corpus()) if (r.body().contains("Share on")) share.add(ArticleId.of(r.body()));
        Collections.sort(share);
        assertThat(whole.holders("share on the usual networks")).containsExactlyElementsOf(share.subList(0, 3));
    }

    @Test
    void whatChangedAndWhatBecameBoilerplateSinceAnEarlierState() {
        List<RawReport> all = corpus();
        LineHolders early = LEARNER.learn(all.subList(0, 3));   // reports 0 and 2 share the line: not yet boilerplate
        LineHolders later = early.merge(LEARNER.learn(all.subList(3, 5)));
        assertThat(early.recurs("share on the usual networks")).isFalse();
        assertThat(later.newlyRecurring(early)).containsExactly("share on the usual networks");
        Map<String, List<ArticleId>> changed = later.changedSince(early);
        assertThat(changed).containsKey("share on the usual networks").doesNotContainKey("rare line");
        assertThat(LineHolders.of(3, changed).merge(early)).isEqualTo(later);
        assertThat(later.restrictedTo(Set.of("rare line")).keys()).containsExactly("rare line");
    }
}
