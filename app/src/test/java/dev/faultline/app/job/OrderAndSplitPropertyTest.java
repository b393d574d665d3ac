package dev.faultline.app.job;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.store.Store;
import dev.faultline.store.Store.StoredSignature;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any order and any split into batches of the same reports give the same store: articles (texts, dropped spans,
 * originals of near-copies), inputs, signatures and the learnt recurring lines; and ingesting all of them once more
 * changes nothing. The reports hold two stories told by several outlets on different days (near-copies, some undated,
 * some on the same day) and a sign-off line that becomes boilerplate once enough reports hold it.
 *
 * <p>Before issue 20's fix the linker never re-pointed a stored article, so a later batch bringing an older copy left
 * the first-stored copy as the original, and the originals depended on the order.
 *
 * <p>A property test written with JUnit's parameterized tests over seeded random tries (an order and up to four cut
 * points each), not jqwik: see the README's design notes. A failing try names its seed, which reproduces it.
 */
class OrderAndSplitPropertyTest {
    private static final Ingest INGEST = Ingest.withDefaults();
    private static final String SIGN_OFF = "This is a developing story and will be updated";
    private static final String STORY_A = "Iranian-backed militias withdrew from positions near the Golan frontier after Russian military police "
            + "deployed to the area, according to residents and an opposition monitoring group. The withdrawal followed weeks of talks "
            + "between Moscow and Jerusalem over the presence of Iranian forces in southern Syria, and Israeli officials said they would "
            + "continue to watch the area closely while government troops took over several abandoned checkpoints along the highway.";
    private static final String STORY_B = "Turkish artillery shelled Kurdish positions near Afrin for a third day, the Kurdish militia said, as "
            + "Ankara massed troops and armour on the border and warned of a wider operation against what it calls terrorists. Residents "
            + "said hundreds of families had fled toward Aleppo, and aid groups warned that shelters in the countryside were already full "
            + "after a winter of displacement and fighting along the frontier with Turkey.";

    private static final List<RawReport> REPORTS = reports();
    private static Path dir;
    private static Snapshot reference;

    private static List<RawReport> reports() {
        List<RawReport> out = new ArrayList<>();
        String[] outlets = {"Reuters", "AFP", "Tribune", "Herald", "Gazette"};
        String[] daysA = {"2018-08-03", "2018-08-01", null, "2018-08-01", "2018-08-02"};
        for (int i = 0; i < daysA.length; i++) {
            out.add(report("a" + i, outlets[i], daysA[i], STORY_A.replace("several", i % 2 == 0 ? "several" : "a few")
                    + " (" + outlets[i] + ")" + (i < 3 ? "\n\n" + SIGN_OFF : "")));
        }
        String[] daysB = {null, "2018-07-30", null};
        for (int i = 0; i < daysB.length; i++) {
            out.add(report("b" + i, outlets[i + 1], daysB[i], STORY_B.replace("third", i == 2 ? "fourth" : "third") + " (" + outlets[i + 1] + ")"
                    + "\n\n" + SIGN_OFF));
        }
        out.add(report("c", "Tribune", "2018-08-05", "Protesters gathered outside the parliament in Baghdad on Friday to demand "
                + "the resignation of the government over power cuts, and police fired tear gas to disperse them.\n\n" + SIGN_OFF));
        out.add(report("d", "Herald", null, "The United Nations envoy met rebel leaders in Sanaa to discuss a prisoner exchange, "
                + "officials said, the first such meeting in months."));
        return List.copyOf(out);
    }

    private static RawReport report(String name, String outlet, String published, String body) {
        return new RawReport(new Source("wire/" + name + ".txt", Source.Format.TEXT, 0), null, body, null, outlet, published, List.of());
    }

    @BeforeAll
    static void referenceStore() throws IOException {
        dir = Files.createTempDirectory("faultline-order-split");
        try (Store store = Stores.duckdb(dir.resolve("reference.duckdb"))) {
            new IngestJob(INGEST).ingest(store, REPORTS);
            reference = Snapshot.of(store);
        }
        // The reports are what the property needs: near-copies linked, and the sign-off learnt as boilerplate.
        assertThat(reference.articles()).hasSize(REPORTS.size());
        assertThat(reference.articles().stream().filter(a -> a.duplicateOf() != null)).hasSize(6);
        assertThat(reference.articles().stream().filter(a -> a.text().contains(SIGN_OFF))).isEmpty();
    }

    @AfterAll
    static void removeStores() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Ten tries, each a seed: the order is a shuffle of the reports, the split up to four distinct cut points. */
    static Stream<Long> tries() {
        return Stream.iterate(20L, seed -> seed + 1).limit(10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tries")
    void anyOrderAndSplitGiveTheSameStoreAndARerunChangesNothing(long seed) {
        Random random = new Random(seed);
        List<RawReport> order = new ArrayList<>(REPORTS);
        Collections.shuffle(order, random);
        Set<Integer> cuts = new TreeSet<>();
        for (int i = random.nextInt(5); i > 0; i--) cuts.add(1 + random.nextInt(REPORTS.size() - 1));
        Path file = dir.resolve("try-" + System.nanoTime() + ".duckdb");
        IngestJob job = new IngestJob(INGEST);
        try (Store store = Stores.duckdb(file)) {
            int from = 0;
            for (int cut : cuts) {
                if (cut > from && cut < order.size()) {
                    job.ingest(store, order.subList(from, cut));
                    from = cut;
                }
            }
            job.ingest(store, order.subList(from, order.size()));
            Snapshot got = Snapshot.of(store);
            assertThat(links(got)).as("originals").isEqualTo(links(reference));
            assertThat(got.articles()).as("articles").containsExactlyElementsOf(reference.articles());
            assertThat(got.lineHolders()).as("learnt lines").isEqualTo(reference.lineHolders());
            assertThat(got).isEqualTo(reference);

            long revision = store.revision();
            IngestJob.Summary again = job.ingest(store, order);
            assertThat(again.unchanged()).isEqualTo(order.size());
            assertThat(again.recleaned() + again.relinked() + again.inserted() + again.updated()).isZero();
            assertThat(store.revision()).isEqualTo(revision);
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + ".wal"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, String> links(Snapshot s) {
        Map<String, String> out = new TreeMap<>();
        for (Article a : s.articles()) out.put(a.source().path(), a.duplicateOf() == null ? "-" : a.duplicateOf().value());
        return out;
    }

    /** What a store holds, in comparable form. */
    record Snapshot(List<Article> articles, Map<ArticleId, Optional<RawReport>> inputs, List<StoredSignature> signatures,
                    Map<String, List<ArticleId>> lineHolders) {
        static Snapshot of(Store store) {
            List<Article> articles = store.articles().toList();
            Set<String> keys = new LinkedHashSet<>();
            Map<ArticleId, Optional<RawReport>> inputs = new TreeMap<>();
            for (Article a : articles) {
                keys.addAll(BoilerplateIndex.keysOf(a.rawText()));
                inputs.put(a.id(), store.input(a.id()));
            }
            return new Snapshot(articles, inputs, store.signatures(), new TreeMap<>(store.lineHolders(keys)));
        }
    }
}
