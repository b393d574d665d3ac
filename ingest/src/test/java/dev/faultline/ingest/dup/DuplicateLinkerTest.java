package dev.faultline.ingest.dup;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateLinkerTest {
    private static final MinHasher HASHER = new MinHasher(128, 5);
    private static final DuplicateLinker LINKER = new DuplicateLinker(0.8, 4);
    private static final String STORY = "Iranian-backed militias withdrew from positions near the Golan frontier on Saturday after Russian military "
            + "police deployed to the area, according to residents and an opposition monitoring group. The withdrawal followed weeks of "
            + "talks between Moscow and Jerusalem over the presence of Iranian forces in southern Syria, and Israeli officials said they "
            + "would continue to watch the area closely. Russian officers were seen escorting convoys of trucks and pickups north toward "
            + "Damascus, while government troops took over several abandoned checkpoints along the main highway.";

    private static Article article(String text, String published) {
        return new Article(ArticleId.of(text), new Source("x.txt", Source.Format.TEXT, 0), null, null, null,
                published == null ? null : PublishedDate.known(PartialDate.parse(published).orElseThrow()), "en", null,
                text, text, List.of(), List.of());
    }

    @Test
    void signaturesAreDeterministicAndEstimateJaccard() {
        assertThat(HASHER.signature(STORY)).isEqualTo(new MinHasher(128, 5).signature(STORY));
        assertThat(HASHER.signature(STORY).size()).isEqualTo(128);
        String edited = STORY.replace("on Saturday", "on Sunday");
        assertThat(HASHER.signature(STORY).similarity(HASHER.signature(edited))).isGreaterThan(0.8);
        assertThat(HASHER.signature(STORY).similarity(HASHER.signature("Turkey shelled Kurdish positions near Afrin for a third day, "
                + "the Kurdish militia said, as Ankara massed troops on the border and warned of a wider operation."))).isLessThan(0.1);
        assertThat(HASHER.signature(STORY.toUpperCase().replace(".", " .\n"))).isEqualTo(HASHER.signature(STORY));
    }

    @Test
    void aNearCopyLinksToTheEarlierPublishedOriginal() {
        Article late = article(STORY.replace("on Saturday", "on Sunday") + " Copyright Wire.", "2018-08-03");
        Article early = article(STORY, "2018-08-01");
        Article other = article("Turkey shelled Kurdish positions near Afrin for a third day, the Kurdish militia said.", "2018-08-02");
        List<Article> linked = LINKER.link(List.of(late, early, other), a -> HASHER.signature(a.text()), List.of());
        assertThat(linked.get(0).duplicateOf()).isEqualTo(early.id());
        assertThat(linked.get(1).duplicateOf()).isNull();
        assertThat(linked.get(2).duplicateOf()).isNull();
    }

    @Test
    void anOlderCopyArrivingLaterIsTheOriginal() {
        Article stored = article(STORY, "2018-08-05");
        Article incoming = article(STORY + " Additional reporting by a correspondent.", "2018-08-01");
        List<Article> linked = LINKER.link(List.of(incoming), a -> HASHER.signature(a.text()),
                List.of(new Store.StoredSignature(stored.id(), HASHER.signature(stored.text()), "2018-08-05")));
        assertThat(linked.get(0).duplicateOf()).isNull();
        assertThat(LINKER.originals(List.of(new Store.StoredSignature(stored.id(), HASHER.signature(stored.text()), "2018-08-05"),
                new Store.StoredSignature(incoming.id(), HASHER.signature(incoming.text()), "2018-08-01")), java.util.Set.of(incoming.id())))
                .containsEntry(stored.id(), incoming.id()).containsEntry(incoming.id(), incoming.id());
    }

    @Test
    void theOriginalsDoNotDependOnTheOrderOrTheBatches() {
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            copies.add(article(STORY.replace("on Saturday", "on day " + i) + " Edition " + i + ".", i % 3 == 0 ? null : "2018-08-0" + (1 + i % 2)));
        }
        copies.add(article("Turkey shelled Kurdish positions near Afrin for a third day, the Kurdish militia said.", "2018-08-02"));
        Random random = new Random(11);
        java.util.Map<ArticleId, ArticleId> first = null;
        for (int round = 0; round < 20; round++) {
            List<Article> shuffled = new ArrayList<>(copies);
            java.util.Collections.shuffle(shuffled, random);
            int cut = random.nextInt(shuffled.size() + 1);
            List<Store.StoredSignature> stored = new ArrayList<>();
            for (Article a : LINKER.link(shuffled.subList(0, cut), x -> HASHER.signature(x.text()), List.of())) {
                stored.add(new Store.StoredSignature(a.id(), HASHER.signature(a.text()), a.published() == null ? null : a.published().date().value()));
            }
            java.util.Map<ArticleId, ArticleId> links = new java.util.TreeMap<>();
            for (Article a : LINKER.link(shuffled.subList(0, cut), x -> HASHER.signature(x.text()), List.of())) links.put(a.id(), a.duplicateOf());
            for (Article a : LINKER.link(shuffled.subList(cut, shuffled.size()), x -> HASHER.signature(x.text()), stored)) links.put(a.id(), a.duplicateOf());
            // The stored half as the second batch re-points it.
            java.util.Set<ArticleId> firstHalf = new java.util.HashSet<>();
            for (Article a : shuffled.subList(0, cut)) firstHalf.add(a.id());
            List<Store.StoredSignature> all = new ArrayList<>(stored);
            for (Article a : shuffled.subList(cut, shuffled.size())) {
                all.add(new Store.StoredSignature(a.id(), HASHER.signature(a.text()), a.published() == null ? null : a.published().date().value()));
            }
            LINKER.originals(all, java.util.Set.copyOf(links.keySet())).forEach((id, original) -> {
                if (firstHalf.contains(id)) links.put(id, original.equals(id) ? null : original);
            });
            if (first == null) first = links;
            assertThat(links).isEqualTo(first);
        }
        assertThat(first.values().stream().filter(java.util.Objects::nonNull).distinct()).hasSize(1);
        assertThat(first.values().stream().filter(java.util.Objects::nonNull)).hasSize(5);
    }

    @Test
    void theSameArticleAgainIsNotItsOwnDuplicate() {
        Article a = article(STORY, null);
        List<Article> linked = LINKER.link(List.of(a), x -> HASHER.signature(x.text()),
                List.of(new Store.StoredSignature(a.id(), HASHER.signature(a.text()), null)));
        assertThat(linked.get(0).duplicateOf()).isNull();
    }

    /** At scale (banding, not pairwise comparison) the one copy is still found and nothing else linked; speed is the benchmarks' matter. */
    @Test
    void amongTwentyThousandArticlesOnlyTheCopyIsLinked() {
        Random random = new Random(7);
        String[] vocabulary = new String[5000];
        for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = "w" + Integer.toString(i, 36);
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 120; w++) sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            batch.add(article(sb.toString(), LocalDate.of(2018, 1, 1).plusDays(i % 300).toString()));
        }
        batch.add(article(batch.get(10).text() + " extra", "2019-01-01"));
        List<Signature> sigs = batch.stream().map(a -> HASHER.signature(a.text())).toList();
        java.util.Map<ArticleId, Signature> byId = new java.util.HashMap<>();
        for (int i = 0; i < batch.size(); i++) byId.put(batch.get(i).id(), sigs.get(i));
        List<Article> linked = LINKER.link(batch, a -> byId.get(a.id()), List.of());
        assertThat(linked.get(20_000).duplicateOf()).isEqualTo(batch.get(10).id());
        assertThat(linked.stream().filter(a -> a.duplicateOf() != null)).hasSize(1);
    }
}
