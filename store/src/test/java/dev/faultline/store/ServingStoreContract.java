package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import static dev.faultline.store.ActorFixtures.IRAN;
import static dev.faultline.store.ActorFixtures.mention;
import static dev.faultline.store.Fixtures.dated;
import static dev.faultline.store.Fixtures.day;
import static dev.faultline.store.Fixtures.minimal;
import static dev.faultline.store.Fixtures.month;
import static dev.faultline.store.Fixtures.signature;
import static dev.faultline.store.Fixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a store must do for a server (issue 19): listings a page at a time, descriptions and event queries that read no
 * article text, a revision to cache by, the input each article was cleaned from, and the boilerplate learner's state.
 */
public abstract class ServingStoreContract extends StoreTestBase {
    private static final ActorRef HEZBOLLAH = new ActorRef("hezbollah", "Hezbollah", ActorKind.ORGANIZATION, "LBN", null, "LBNREB",
            List.of("hezbollah"), ActorRef.Origin.KNOWN, null);

    // ---- pages ---------------------------------------------------------------------------------

    @Test
    void pagesOfAnySizeListTheArticlesInTheirOrderOnceEach() {
        Store store = open();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 7; i++) articles.add(dated("dated " + i, i % 3 == 0 ? year(2015 + i % 2) : i % 3 == 1 ? month(2015, 1) : day(2015, 1, 1)));
        for (int i = 0; i < 5; i++) articles.add(minimal("undated " + i));
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(3));
        int seed = 0;
        for (Article a : shuffled) store.save(a, signature(seed++));
        List<Article> all = store.articles().toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(articles);

        for (int size : new int[] {1, 2, 5, 11, 12, 50}) {
            assertThat(pages(store::articles, size)).as("pages of %d", size).containsExactlyElementsOf(all);
            assertThat(pages(store::articleInfos, size)).as("descriptions, pages of %d", size)
                    .containsExactlyElementsOf(all.stream().map(ArticleInfo::of).toList());
        }
        Page<Article> first = store.articles(PageRequest.first(12));
        assertThat(first.items()).hasSize(12);
        assertThat(first.hasNext()).isFalse();
    }

    @Test
    void anArticleStoredWhilePagingComesOnceAndNothingIsRepeated() {
        Store store = open();
        for (int i = 0; i < 6; i++) store.save(dated("before " + i, day(2016, 1, 1 + i)), signature(i));
        Page<Article> first = store.articles(PageRequest.first(3));
        Article late = dated("stored meanwhile", day(2016, 2, 1));
        store.save(late, signature(9));
        List<Article> rest = new ArrayList<>();
        PageRequest next = first.nextRequest(2);
        while (true) {
            Page<Article> p = store.articles(next);
            rest.addAll(p.items());
            if (!p.hasNext()) break;
            next = p.nextRequest(2);
        }
        assertThat(rest).hasSize(4).contains(late).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void aPositionTheStoreDidNotGiveIsRefused() {
        Store store = open();
        store.save(minimal("one"), signature(1));
        assertThatThrownBy(() -> store.articles(new PageRequest(5, "nonsense"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("nonsense");
        assertThatThrownBy(() -> store.events(EventQuery.all(), new PageRequest(5, "a|b"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("a|b");
    }

    @Test
    void pagesOfEventsListThemInTheQuerysOrderOnceEach() {
        Store store = open();
        List<CodedEvent> events = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Article a = minimal("a report with events " + k);
            store.save(a, signature(k));
            char letter = (char) ('a' + k);
            List<CodedEvent> mine = IntStream.range(0, 9).mapToObj(i -> event(a, "e" + letter + i, i * 4,
                    i % 4 == 0 ? null : PartialDate.ofDay(LocalDate.of(2018, 1 + i % 2, 1)))).toList();
            store.saveAnalysis(a.id(), "v1", List.of(), mine);
            events.addAll(mine);
        }
        List<CodedEvent> all = store.events(EventQuery.all()).toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(events);
        for (int size : new int[] {1, 4, 26, 27, 100}) {
            assertThat(pages(p -> store.events(EventQuery.all(), p), size)).as("pages of %d", size).containsExactlyElementsOf(all);
            EventQuery iran = EventQuery.all().withActor("iran").withSince(PartialDate.ofYear(2018));
            assertThat(pages(p -> store.events(iran, p), size)).containsExactlyElementsOf(store.events(iran).toList());
        }
    }

    @Test
    void eventQueriesAndDescriptionsReadNoArticleText() {
        Article a = minimal("Hezbollah attacked; a text no event query needs");
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Hezbollah", HEZBOLLAH)), List.of(event(a, "e1", 0, null)));

        Store noText = track(openStoreFailingOn("*FROM articles", "*JOIN articles", "*raw_text"));
        assertThat(noText.events(EventQuery.all().withActor("hezbollah")).toList()).extracting(CodedEvent::id).containsExactly("e1");
        assertThat(noText.events(a.id())).hasSize(1);
        Store noTextColumns = track(openStoreFailingOn("*raw_text"));
        assertThat(noTextColumns.articleInfos().toList()).containsExactly(ArticleInfo.of(a));
        assertThat(noTextColumns.revision()).isEqualTo(store.revision());
    }

    // ---- revision ------------------------------------------------------------------------------

    @Test
    void theRevisionChangesWithEveryWriteReadersSeeAndOnlyThen() {
        Store store = open();
        Article a = minimal("a report and its revisions");
        long r0 = store.revision();
        store.save(a, signature(1));
        long r1 = store.revision();
        assertThat(r1).isNotEqualTo(r0);
        store.save(a, signature(1));
        store.articles().toList();
        store.events(EventQuery.all()).toList();
        assertThat(store.revision()).as("no-op saves and reads").isEqualTo(r1);
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Hezbollah", HEZBOLLAH)));
        long r2 = store.revision();
        assertThat(r2).isNotIn(r0, r1);
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Hezbollah", HEZBOLLAH)));
        assertThat(store.revision()).as("the same analysis again").isEqualTo(r2);
        Store other = track(openStore());
        other.save(a.withDuplicateOf(ArticleId.of("elsewhere")), signature(1));
        assertThat(store.revision()).as("another store's write").isNotIn(r0, r1, r2);
    }

    // ---- inputs --------------------------------------------------------------------------------

    @Test
    void anArticlesInputRoundTripsAndAnotherOneIsAnUpdate() {
        Store store = open();
        RawReport input = new RawReport(new Source("feed.xml", Source.Format.FEED, 2), null, "Headline\n\nThe body.", "https://x/1",
                "Outlet", "Tue, 3 May 2016", List.of(Problem.warning("feed.xml#2", "a repaired character")));
        Article a = new Article(ArticleId.of(input.body()), input.source(), "Headline", "Outlet", "https://x/1",
                PublishedDate.known(PartialDate.ofDay(LocalDate.of(2016, 5, 3))), "en", null, input.body(), "The body.",
                List.of(new Span(0, 8, "title")), List.of(input.problems().get(0), Problem.warning("feed.xml#2", "a later stage's")));
        assertThat(store.input(a.id())).isEmpty();
        assertThat(store.save(a, input, signature(1))).isEqualTo(Store.SaveOutcome.INSERTED);
        assertThat(store.input(a.id())).contains(input);
        assertThat(track(openStore()).input(a.id())).contains(input);
        assertThat(store.save(a, input, signature(1))).isEqualTo(Store.SaveOutcome.UNCHANGED);
        assertThat(store.save(a, signature(1))).as("an unknown input keeps the stored one").isEqualTo(Store.SaveOutcome.UNCHANGED);
        RawReport described = input.withMetadata("A manifest's title", input.url(), input.outlet(), "2016-05");
        assertThat(store.save(a, described, signature(1))).isEqualTo(Store.SaveOutcome.UPDATED);
        assertThat(store.input(a.id())).contains(described);
    }

    @Test
    void anInputThatIsNotTheArticlesIsRefused() {
        Store store = open();
        Article a = minimal("the article's own body");
        RawReport other = new RawReport(a.source(), null, "another body", null, null, null, List.of());
        assertThatThrownBy(() -> store.save(a, other, signature(1))).isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value()).hasMessageContaining("another body");
        assertThat(store.articleCount()).isZero();
    }

    @Test
    void anotherCleanedTextDiscardsTheAnalysisAndOtherMetadataKeepsIt() {
        Store store = open();
        Article a = minimal("Hezbollah attacked.\nSubscribe now");
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Hezbollah", HEZBOLLAH)), List.of(event(a, "e1", 0, null)));
        Article described = new Article(a.id(), a.source(), "A title", "An outlet", null, null, "en", null, a.rawText(), a.text(),
                List.of(), List.of());
        store.save(described, signature(1));
        assertThat(store.analysis(a.id())).contains("v1");
        assertThat(store.events(a.id())).hasSize(1);

        Article recleaned = new Article(a.id(), a.source(), "A title", "An outlet", null, null, "en", null, a.rawText(),
                "Hezbollah attacked.", List.of(new Span(20, 33, "boilerplate")), List.of());
        assertThat(store.save(recleaned, signature(2))).isEqualTo(Store.SaveOutcome.UPDATED);
        assertThat(store.analysis(a.id())).isEmpty();
        assertThat(store.events(a.id())).isEmpty();
        assertThat(store.actorMentions(a.id())).isEmpty();
        assertThat(store.events(EventQuery.all()).toList()).isEmpty();
    }

    // ---- the boilerplate learner's state -------------------------------------------------------

    @Test
    void lineHoldersRoundTripAreReplacedPerKeyAndForgottenWhenEmpty() {
        Store store = open();
        ArticleId x = ArticleId.of("x"), y = ArticleId.of("y"), z = ArticleId.of("z");
        assertThat(store.lineHolders(List.of("share this"))).isEmpty();
        store.saveLineHolders(Map.of("share this", List.of(y, x), "subscribe", List.of(z)));
        assertThat(store.lineHolders(List.of("share this", "subscribe", "unknown")))
                .isEqualTo(Map.of("share this", sorted(x, y), "subscribe", List.of(z)));
        store.saveLineHolders(Map.of("share this", List.of(z), "subscribe", List.of()));
        assertThat(track(openStore()).lineHolders(List.of("share this", "subscribe"))).isEqualTo(Map.of("share this", List.of(z)));
        List<String> many = IntStream.range(0, 1200).mapToObj(i -> "line " + i).toList();
        Map<String, List<ArticleId>> holders = new java.util.HashMap<>();
        for (String k : many) holders.put(k, List.of(x));
        store.saveLineHolders(holders);
        assertThat(store.lineHolders(many)).hasSize(1200);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static <T> List<T> pages(Function<PageRequest, Page<T>> listing, int size) {
        List<T> out = new ArrayList<>();
        Page<T> p = listing.apply(PageRequest.first(size));
        out.addAll(p.items());
        while (p.hasNext()) {
            assertThat(p.items()).hasSize(size);
            p = listing.apply(p.nextRequest(size));
            out.addAll(p.items());
        }
        return out;
    }

    private static List<ArticleId> sorted(ArticleId... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }

    /** An event of {@code a} from Hezbollah to Iran at {@code begin}. */
    private static CodedEvent event(Article a, String id, int begin, PartialDate date) {
        return new CodedEvent(id, a.id(), 0, begin, begin + 3, "span " + id, date == null ? null : new EventDate(date, EventDate.Basis.EXPLICIT),
                List.of(new ActorMention(begin, begin + 1, 0, 0, 1, "Hezbollah", HEZBOLLAH, MentionBasis.ALIAS, 1.0)),
                List.of(new ActorMention(begin + 2, begin + 3, 0, 1, 2, "Iran", IRAN, MentionBasis.ALIAS, 1.0)),
                PloverType.ASSAULT, "", List.of(), "190", -10.0, Modality.ASSERTED, null, null, 0.75);
    }
}
