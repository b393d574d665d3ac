package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.store.Store.SaveOutcome;
import dev.faultline.store.Store.StoredSignature;
import dev.faultline.store.jdbc.Migration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.faultline.store.ActorFixtures.CANDIDATE;
import static dev.faultline.store.ActorFixtures.IRAN;
import static dev.faultline.store.ActorFixtures.QUDS_FORCE;
import static dev.faultline.store.ActorFixtures.RUSSIAN_BACKED;
import static dev.faultline.store.ActorFixtures.mention;
import static dev.faultline.store.Fixtures.day;
import static dev.faultline.store.Fixtures.dated;
import static dev.faultline.store.Fixtures.full;
import static dev.faultline.store.Fixtures.minimal;
import static dev.faultline.store.Fixtures.month;
import static dev.faultline.store.Fixtures.signature;
import static dev.faultline.store.Fixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link Store} adapter must do with articles, actor mentions and migrations, run against
 * each on a real database; {@link EventStoreContract} holds what it must do with events and {@link
 * ForceClaimStoreContract} with force claims. Each test starts with a fresh, empty database; {@link
 * #open()} may be called several times to reach it again.
 */
public abstract class StoreContract extends EventStoreContract {
    // ---- storing and reading -------------------------------------------------------------------

    @Test
    void anEmptyStoreHoldsNothing() {
        Store store = open();
        assertThat(store.articleCount()).isZero();
        assertThat(store.articles()).isEmpty();
        assertThat(store.signatures()).isEmpty();
        assertThat(store.article(ArticleId.of("anything"))).isEmpty();
    }

    @Test
    void roundTripsEveryField() {
        Store store = open();
        Article a = full("Hezbollah fighters were seen near Qusayr.");
        assertThat(store.save(a, signature(1))).isEqualTo(SaveOutcome.INSERTED);

        assertThat(store.article(a.id())).contains(a);
        assertThat(store.articles()).containsExactly(a);
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.signatures()).containsExactly(new StoredSignature(a.id(), signature(1), "2016-05"));
    }

    @Test
    void roundTripsNullsAndEmptyValues() {
        Store store = open();
        Article none = minimal("nothing but text");
        Article empty = new Article(ArticleId.of("empty strings"), new Source("", Source.Format.HTML, 0), "", "", "",
                PublishedDate.known(PartialDate.ofYear(1)), "und", null, "", "", List.of(new Span(0, 0, "")),
                List.of(Problem.warning("", "")));
        store.save(none, signature(1));
        store.save(empty, signature(2));

        assertThat(store.article(none.id())).contains(none);
        assertThat(store.article(empty.id())).contains(empty);
        assertThat(store.signatures()).extracting(StoredSignature::published).containsOnly(null, "0001");
    }

    @Test
    void roundTripsUnicodeLongTextsAndSqlLookingText() {
        Store store = open();
        String unicode = "Ḥizballah \u062d\u0632\u0628 \u0627\u0644\u0644\u0647 \u05d7\u05d9\u05d6\u05d1\u05d0\u05dc\u05dc\u05d4 "
                + "\u200f\u2066\u041a\u0443\u0434\u0441\u2069 e\u0301 \uD83C\uDDF1\uD83C\uDDE7 \uD83D\uDCA5 \u00a0\t\r\n";
        String sql = "'); DROP TABLE articles; -- \" \\ %_ $1 ? :name";
        String longText = (unicode + sql + "\n").repeat(20_000);
        Article a = new Article(ArticleId.of(longText), new Source("r\u00e9ports/\u062a\u0642\u0631\u064a\u0631 '1'.html",
                Source.Format.FEED, 7), unicode, sql, "https://x/?q=" + sql, Fixtures.day(2024, 2, 29), "ar", null,
                longText + sql, longText, List.of(new Span(1, 2, unicode)), List.of(Problem.warning(sql, unicode)));
        store.save(a, signature(3));

        Article back = store.article(a.id()).orElseThrow();
        assertThat(back.text()).hasSize(longText.length()).isEqualTo(longText);
        assertThat(back).isEqualTo(a);
        assertThat(store.articles()).containsExactly(a);
    }

    @Test
    void dataOutlivesTheStore() {
        Article a = full("kept across runs");
        try (Store store = openStore()) {
            store.save(a, signature(9));
        }
        Store again = open();
        assertThat(again.articles()).containsExactly(a);
        assertThat(again.signatures()).extracting(StoredSignature::signature).containsExactly(signature(9));
    }

    // ---- saving again --------------------------------------------------------------------------

    @Test
    void savingTheSameArticleAgainWritesNothing() {
        Article a = full("the same report, ingested twice");
        open().save(a, signature(1));

        // A store that fails on any change but the article insert that finds the id taken: it must not need one.
        Store readOnly = track(openStoreFailingOn("UPDATE", "DELETE", "INSERT INTO article_dropped_spans",
                "INSERT INTO article_problems", "INSERT INTO signatures"));
        assertThat(readOnly.save(a, signature(1))).isEqualTo(SaveOutcome.UNCHANGED);
        assertThat(readOnly.articles()).containsExactly(a);
    }

    @Test
    void otherMetadataUpdatesTheArticle() {
        Store store = open();
        Article before = full("a report a manifest later describes");
        store.save(before, signature(1));
        Article after = new Article(before.id(), new Source("manifest/a.html", Source.Format.HTML, 0), "A new title",
                "DEBKAfile", null, Fixtures.day(2016, 5, 14), "en", null, before.rawText(), before.text(),
                List.of(new Span(2, 4, "nav")), List.of());

        assertThat(store.save(after, signature(1))).isEqualTo(SaveOutcome.UPDATED);
        assertThat(store.article(before.id())).contains(after);
        assertThat(store.articles()).containsExactly(after);
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.signatures()).containsExactly(new StoredSignature(after.id(), signature(1), "2016-05-14"));
        assertThat(store.save(after, signature(1))).isEqualTo(SaveOutcome.UNCHANGED);
    }

    @Test
    void eachChangedFieldCountsAsAnUpdate() {
        Store store = open();
        Article a = full("one field at a time");
        store.save(a, signature(1));
        List<Article> variants = List.of(
                a.withDuplicateOf(null),
                with(a, new Source(a.source().path(), a.source().format(), 4), a.published(), a.problems()),
                with(a, a.source(), PublishedDate.known(a.published().date()), a.problems()),
                with(a, a.source(), null, a.problems()),
                with(a, a.source(), a.published(), List.of(a.problems().get(1), a.problems().get(0))));
        for (Article v : variants) {
            assertThat(store.save(v, signature(1))).as("%s", v).isEqualTo(SaveOutcome.UPDATED);
            assertThat(store.article(a.id())).contains(v);
        }
    }

    @Test
    void anotherSignatureUpdatesIt() {
        Store store = open();
        Article a = minimal("re-hashed with other functions");
        store.save(a, signature(1));
        assertThat(store.save(a, signature(2))).isEqualTo(SaveOutcome.UPDATED);
        assertThat(store.signatures()).containsExactly(new StoredSignature(a.id(), signature(2), null));
    }

    // ---- order ---------------------------------------------------------------------------------

    @Test
    void articlesAreInPublicationOrderUndatedLastThenById() {
        Store store = open();
        List<Article> expected = new ArrayList<>(List.of(
                dated("y2015", year(2015)),
                dated("d2015-12-31", day(2015, 12, 31)),
                dated("y2016", year(2016)),
                dated("m2016-01", month(2016, 1)),
                dated("d2016-01-01", day(2016, 1, 1)),
                dated("d2016-01-02", PublishedDate.estimated(PartialDate.ofDay(java.time.LocalDate.of(2016, 1, 2)))),
                dated("m2016-02", month(2016, 2)),
                dated("y0999", year(999))));
        // the year 999 sorts first; ties on the same date and precision go by id
        Article early = expected.remove(expected.size() - 1);
        expected.add(0, early);
        List<Article> sameDay = IntStream.range(0, 5).mapToObj(i -> dated("same day " + i, day(2017, 3, 3)))
                .sorted((x, y) -> x.id().compareTo(y.id())).collect(Collectors.toList());
        expected.addAll(sameDay);
        List<Article> undated = IntStream.range(0, 5).mapToObj(i -> minimal("undated " + i))
                .sorted((x, y) -> x.id().compareTo(y.id())).collect(Collectors.toList());
        expected.addAll(undated);

        List<Article> shuffled = new ArrayList<>(expected);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        int seed = 0;
        for (Article a : shuffled) store.save(a, signature(seed++));

        assertThat(store.articles()).containsExactlyElementsOf(expected);
    }

    // ---- atomicity -----------------------------------------------------------------------------

    @Test
    void aFailureMidSaveStoresNothingOfTheArticle() throws SQLException {
        Article a = full("a crash between the article and its signature");
        Store failing = track(openStoreFailingOn("INSERT INTO signatures"));

        assertThatThrownBy(() -> failing.save(a, signature(1)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasMessageContaining(a.source().display())
                .hasRootCauseMessage("injected failure");

        Store store = open();
        assertThat(store.articleCount()).isZero();
        assertThat(store.article(a.id())).isEmpty();
        assertThat(store.signatures()).isEmpty();
        assertThat(rows("SELECT count(*) FROM article_dropped_spans") + rows("SELECT count(*) FROM article_problems")).isZero();
        // the failing store rolled back and goes on working
        assertThat(failing.articleCount()).isZero();
        assertThat(store.save(a, signature(1))).isEqualTo(SaveOutcome.INSERTED);
        assertThat(failing.articles()).containsExactly(a);
    }

    @Test
    void aFailureMidUpdateKeepsTheStoredVersion() {
        Article before = full("a report whose update fails half-way");
        open().save(before, signature(1));
        Article after = with(before, new Source("elsewhere.html", Source.Format.HTML, 0), null, List.of());
        Store failing = track(openStoreFailingOn("UPDATE signatures", "INSERT INTO signatures"));

        assertThatThrownBy(() -> failing.save(after, signature(2))).isInstanceOf(StoreException.class);

        Store store = open();
        assertThat(store.article(before.id())).contains(before);
        assertThat(store.signatures()).containsExactly(new StoredSignature(before.id(), signature(1), "2016-05"));
    }

    // ---- threads -------------------------------------------------------------------------------

    @Test
    void savesFromManyThreadsAllLand() throws Exception {
        Store store = open();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SaveOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    store.articleCount();
                    return store.save(full("report number " + n), signature(n));
                }));
            }
            for (Future<SaveOutcome> f : results) assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(SaveOutcome.INSERTED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.articleCount()).isEqualTo(200);
        assertThat(store.signatures()).hasSize(200);
        assertThat(store.article(ArticleId.of("report number 137"))).contains(full("report number 137"));
    }

    // ---- schema --------------------------------------------------------------------------------

    @Test
    void reopeningAppliesNoMigrationTwice() throws SQLException {
        open().close();
        open().close();
        open().save(minimal("after three opens"), signature(1));
        assertThat(rows("SELECT count(*) FROM schema_version")).isEqualTo(migrations().size());
        assertThat(rows("SELECT count(DISTINCT version) FROM schema_version")).isEqualTo(migrations().size());
    }

    @Test
    void aLaterMigrationIsAppliedOnceAndOlderCodeIsRefused() throws SQLException {
        Article a = minimal("stored under V1");
        open().save(a, signature(1));
        List<Migration> withV2 = new ArrayList<>(migrations());
        withV2.add(new Migration(withV2.size() + 1, "test_events", "CREATE TABLE test_events (id INTEGER PRIMARY KEY);\n"
                + "-- a comment; with a semicolon\nINSERT INTO test_events VALUES (1);"));

        track(openStoreWith(withV2)).close();
        Store newer = track(openStoreWith(withV2));
        assertThat(newer.articles()).containsExactly(a);
        assertThat(rows("SELECT count(*) FROM test_events")).isEqualTo(1);

        assertThatThrownBy(this::openStore)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(expectedDescription())
                .hasMessageContaining("schema version " + withV2.size())
                .hasMessageContaining("newer");
    }

    @Test
    void aFailedMigrationAppliesNothingOfItself() throws SQLException {
        open().close();
        List<Migration> withBadV2 = new ArrayList<>(migrations());
        withBadV2.add(new Migration(withBadV2.size() + 1, "broken", "CREATE TABLE half_done (x INTEGER);\nCREATE TABLE oops (;"));

        assertThatThrownBy(() -> openStoreWith(withBadV2))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V" + withBadV2.size() + "__broken.sql")
                .hasMessageContaining("CREATE TABLE oops")
                .hasCauseInstanceOf(SQLException.class);
        assertThat(rows("SELECT count(*) FROM schema_version")).isEqualTo(migrations().size());
        assertThatThrownBy(() -> rows("SELECT count(*) FROM half_done")).isInstanceOf(SQLException.class);
        assertThat(open().articleCount()).isZero();
    }

    @Test
    void anEditedMigrationIsRefused() {
        open().close();
        List<Migration> edited = new ArrayList<>(migrations());
        Migration v1 = edited.get(0);
        edited.set(0, new Migration(1, v1.description(), v1.script() + "\n-- edited after release\n"));

        assertThatThrownBy(() -> openStoreWith(edited))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(v1.fileName())
                .hasMessageContaining("differs");
    }

    // ---- analyses and actor mentions -----------------------------------------------------------

    @Test
    void anUnanalysedArticleHasNoAnalysisMentionsOrActors() {
        Store store = open();
        Article a = full("not analysed yet");
        store.save(a, signature(1));
        assertThat(store.analysis(a.id())).isEmpty();
        assertThat(store.actorMentions(a.id())).isEmpty();
        assertThat(store.actorMentions(ArticleId.of("never stored"))).isEmpty();
        assertThat(store.actorSummaries()).isEmpty();
    }

    @Test
    void roundTripsMentionsInTextOrderWithTheirActorReferences() {
        Store store = open();
        Article a = full("The Quds Force and fighters backed by Russia met Liwa al-Quds in Iran.").withDuplicateOf(null);
        store.save(a, signature(1));
        ActorMention quds = mention(4, "Quds Force", QUDS_FORCE, MentionBasis.ALIAS);
        ActorMention russian = new ActorMention(19, 44, 0, 3, 7, "fighters backed by Russia", RUSSIAN_BACKED,
                MentionBasis.AFFILIATION, 0.5);
        ActorMention candidate = new ActorMention(49, 61, 0, 8, 10, "Liwa al-Quds \u0644\u0648\u0627\u0621 '; --",
                CANDIDATE, MentionBasis.CANDIDATE, 0.0);
        ActorMention iran = new ActorMention(65, 69, 0, 11, 12, "Iran", IRAN, MentionBasis.DEMONYM, 1.0);
        ActorMention nested = new ActorMention(65, 68, 1, 0, 1, "Ira", IRAN, MentionBasis.DICTIONARY, 1.0 / 3);

        store.saveAnalysis(a.id(), "faultline 0.1.0 kb-2025-06", List.of(iran, candidate, nested, quds, russian));

        assertThat(store.actorMentions(a.id())).containsExactly(quds, russian, candidate, nested, iran);
        assertThat(store.actorMentions(a.id())).extracting(ActorMention::actor)
                .containsExactly(QUDS_FORCE, RUSSIAN_BACKED, CANDIDATE, IRAN, IRAN);
        assertThat(store.actorMentions(a.id()).get(0).actor().lineage()).containsExactly("quds-force", "irgc", "iran");
        assertThat(store.actorMentions(a.id()).get(1).actor().affiliation())
                .isEqualTo(new ActorRef.Affiliation(LinkType.BACKED_BY, "russia"));
        assertThat(store.actorMentions(a.id()).get(1).actor().country()).isNull();
        assertThat(store.actorMentions(a.id()).get(1).actor().sector()).isNull();
        assertThat(store.analysis(a.id())).contains("faultline 0.1.0 kb-2025-06");
    }

    @Test
    void mentionsOutliveTheStore() {
        Article a = minimal("Iran, again.");
        List<ActorMention> mentions = List.of(mention(0, "Iran", IRAN));
        try (Store store = openStore()) {
            store.save(a, signature(1));
            store.saveAnalysis(a.id(), "v1", mentions);
        }
        Store again = open();
        assertThat(again.actorMentions(a.id())).isEqualTo(mentions);
        assertThat(again.analysis(a.id())).contains("v1");
    }

    @Test
    void savingAgainReplacesTheArticlesMentionsOnly() throws SQLException {
        Store store = open();
        Article a = minimal("The Quds Force of Iran; Iran's Quds Force.");
        Article other = minimal("Another report about Iran.");
        store.save(a, signature(1));
        store.save(other, signature(2));
        List<ActorMention> otherMentions = List.of(mention(21, "Iran", IRAN));
        store.saveAnalysis(other.id(), "v1", otherMentions);
        store.saveAnalysis(a.id(), "v1", List.of(mention(4, "Quds Force", QUDS_FORCE), mention(18, "Iran", IRAN),
                mention(24, "Iran's", IRAN, MentionBasis.DEMONYM)));

        // the same span read as another actor, a span shrunk, and one dropped
        List<ActorMention> second = List.of(mention(4, "Quds Force", IRAN, MentionBasis.OFFICE), mention(24, "Iran", IRAN));
        store.saveAnalysis(a.id(), "v2", second);

        assertThat(store.actorMentions(a.id())).containsExactlyElementsOf(second);
        assertThat(store.analysis(a.id())).contains("v2");
        assertThat(store.actorMentions(other.id())).isEqualTo(otherMentions);
        assertThat(store.analysis(other.id())).contains("v1");
        assertThat(rows("SELECT count(*) FROM actor_mentions")).isEqualTo(3);
        assertThat(rows("SELECT count(*) FROM analyses")).isEqualTo(2);

        store.saveAnalysis(a.id(), "v3", List.of());
        assertThat(store.actorMentions(a.id())).isEmpty();
        assertThat(store.analysis(a.id())).contains("v3");
        assertThat(store.actorSummaries()).extracting(s -> s.actor().id()).containsExactly("iran");
    }

    @Test
    void savingTheSameAnalysisAgainWritesNothing() throws SQLException {
        Article a = minimal("The Quds Force of Iran.");
        List<ActorMention> mentions = List.of(mention(4, "Quds Force", QUDS_FORCE), mention(18, "Iran", IRAN));
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", mentions);
        String analysedAt = text("SELECT CAST(analysed_at AS VARCHAR) FROM analyses");

        // A store that fails on any change: saving the same analysis again must not need one.
        Store readOnly = track(openStoreFailingOn("INSERT", "UPDATE", "DELETE"));
        readOnly.saveAnalysis(a.id(), "v1", List.of(mentions.get(1), mentions.get(0)));
        store.saveAnalysis(a.id(), "v1", mentions);

        assertThat(store.actorMentions(a.id())).isEqualTo(mentions);
        assertThat(rows("SELECT count(*) FROM actor_mentions")).isEqualTo(2);
        assertThat(rows("SELECT count(*) FROM actors")).isEqualTo(2);
        assertThat(text("SELECT CAST(analysed_at AS VARCHAR) FROM analyses")).isEqualTo(analysedAt);
        // another version with the same mentions is a change
        assertThatThrownBy(() -> readOnly.saveAnalysis(a.id(), "v2", mentions)).isInstanceOf(StoreException.class);
        store.saveAnalysis(a.id(), "v2", mentions);
        assertThat(store.analysis(a.id())).contains("v2");
    }

    @Test
    void aNewerReferenceReplacesTheOneStoredUnderItsId() throws SQLException {
        Store store = open();
        Article first = minimal("The Quds Force, first.");
        Article second = minimal("The Quds Force, second.");
        store.save(first, signature(1));
        store.save(second, signature(2));
        store.saveAnalysis(first.id(), "v1", List.of(mention(4, "Quds Force", QUDS_FORCE)));
        ActorRef newer = new ActorRef("quds-force", "IRGC Quds Force", ActorKind.ORGANIZATION, null, Sector.SPY, null,
                List.of("quds-force", "iran"), ActorRef.Origin.KNOWN, new ActorRef.Affiliation(LinkType.PART_OF, "irgc"));
        store.saveAnalysis(second.id(), "v1", List.of(mention(4, "Quds Force", newer)));

        assertThat(store.actorMentions(first.id())).extracting(ActorMention::actor).containsExactly(newer);
        assertThat(store.actorSummaries()).singleElement().satisfies(s -> {
            assertThat(s.actor()).isEqualTo(newer);
            assertThat(s.mentions()).isEqualTo(2);
            assertThat(s.articles()).isEqualTo(2);
        });
        assertThat(rows("SELECT count(*) FROM actors")).isEqualTo(1);
    }

    @Test
    void aLongAnalysisIsStoredWhole() throws SQLException {
        Store store = open();
        Article a = minimal("a long report naming many actors");
        store.save(a, signature(1));
        // more mentions and actors than one insert statement carries
        List<ActorMention> mentions = IntStream.range(0, 250).mapToObj(i -> mention(i * 10, "name " + i,
                new ActorRef("actor-" + i % 150, "Actor " + i % 150, ActorKind.GROUP, null, null, null,
                        List.of("actor-" + i % 150), ActorRef.Origin.CANDIDATE, null))).toList();
        store.saveAnalysis(a.id(), "v1", mentions);

        assertThat(store.actorMentions(a.id())).isEqualTo(mentions);
        assertThat(rows("SELECT count(*) FROM actors")).isEqualTo(150);
        assertThat(store.actorSummaries()).hasSize(150).first().satisfies(s -> {
            assertThat(s.actor().id()).isEqualTo("actor-0");
            assertThat(s.mentions()).isEqualTo(2);
            assertThat(s.spellings()).containsExactly("name 0", "name 150");
        });
    }

    @Test
    void anUnstoredArticleIsRefusedAndNothingIsStored() throws SQLException {
        Store store = open();
        ArticleId missing = ArticleId.of("never ingested");
        assertThatThrownBy(() -> store.saveAnalysis(missing, "v1", List.of(mention(0, "Iran", IRAN))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(missing.value())
                .hasMessageContaining("not stored");
        assertThat(store.analysis(missing)).isEmpty();
        assertThat(rows("SELECT count(*) FROM actors") + rows("SELECT count(*) FROM analyses")).isZero();
    }

    @Test
    void twoMentionsOfOneSpanAreRefused() {
        Store store = open();
        Article a = minimal("Iran");
        store.save(a, signature(1));
        assertThatThrownBy(() -> store.saveAnalysis(a.id(), "v1",
                List.of(mention(0, "Iran", IRAN), mention(0, "Iran", QUDS_FORCE, MentionBasis.METONYM))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasMessageContaining("[0, 4)");
        assertThat(store.actorMentions(a.id())).isEmpty();
    }

    @Test
    void aFailureMidAnalysisKeepsThePreviousOne() {
        Article a = minimal("The Quds Force of Iran.");
        List<ActorMention> before = List.of(mention(4, "Quds Force", QUDS_FORCE));
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", before);
        Store failing = track(openStoreFailingOn("INSERT INTO actor_mentions"));

        assertThatThrownBy(() -> failing.saveAnalysis(a.id(), "v2", List.of(mention(18, "Iran", IRAN))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasRootCauseMessage("injected failure");

        assertThat(store.actorMentions(a.id())).isEqualTo(before);
        assertThat(store.analysis(a.id())).contains("v1");
        assertThat(store.actorSummaries()).extracting(s -> s.actor().id()).containsExactly("quds-force");
        assertThat(failing.analysis(a.id())).contains("v1");
    }

    @Test
    void anAnalysedArticlesMetadataCanStillBeUpdated() {
        Store store = open();
        Article a = full("Iran, analysed and then described by a manifest.").withDuplicateOf(null);
        store.save(a, signature(1));
        List<ActorMention> mentions = List.of(mention(0, "Iran", IRAN));
        store.saveAnalysis(a.id(), "v1", mentions);
        Article described = new Article(a.id(), a.source(), a.title(), "Another outlet", a.url(), a.published(), a.language(),
                a.duplicateOf(), a.rawText(), a.text(), a.dropped(), a.problems());

        assertThat(store.save(described, signature(2))).isEqualTo(SaveOutcome.UPDATED);
        assertThat(store.article(a.id())).contains(described);
        assertThat(store.actorMentions(a.id())).isEqualTo(mentions);
    }

    @Test
    void anArticleThatBecomesACopyLosesItsAnalysisAndACopyTakesNone() {
        Store store = open();
        Article a = full("Iran, analysed and then found to be a copy of an older report.").withDuplicateOf(null);
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Iran", IRAN)));
        Article copy = a.withDuplicateOf(ArticleId.of("an older report"));

        assertThat(store.save(copy, signature(1))).isEqualTo(SaveOutcome.UPDATED);
        assertThat(store.analysis(a.id())).isEmpty();
        assertThat(store.actorMentions(a.id())).isEmpty();
        assertThatThrownBy(() -> store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Iran", IRAN))))
                .isInstanceOf(StoreException.class).hasMessageContaining("is a copy of " + ArticleId.of("an older report"));
        assertThat(store.actorMentions(a.id())).isEmpty();
    }

    @Test
    void summariesCountMentionsAndArticlesAndListSpellingsButNotCoreference() {
        Store store = open();
        Article a = minimal("a: Iran, Tehran, Iran, it, al-Quds Force, IRGC-QF, they");
        Article b = minimal("b: Iranian, Tehran, Iran, it, Quds Force");
        Article c = minimal("c: fighters backed by Russia");
        for (Article x : List.of(a, b, c)) store.save(x, signature(x.text().length()));
        store.saveAnalysis(a.id(), "v1", List.of(
                mention(3, "Iran", IRAN), mention(9, "Tehran", IRAN, MentionBasis.METONYM), mention(17, "Iran", IRAN),
                mention(23, "it", IRAN, MentionBasis.COREFERENCE), mention(27, "al-Quds Force", QUDS_FORCE),
                mention(42, "IRGC-QF", QUDS_FORCE), mention(51, "they", QUDS_FORCE, MentionBasis.COREFERENCE)));
        store.saveAnalysis(b.id(), "v1", List.of(
                mention(3, "Iranian", IRAN, MentionBasis.DEMONYM), mention(12, "Tehran", IRAN, MentionBasis.METONYM),
                mention(20, "Iran", IRAN), mention(26, "it", IRAN, MentionBasis.COREFERENCE),
                mention(30, "Quds Force", QUDS_FORCE)));
        store.saveAnalysis(c.id(), "v1", List.of(mention(3, "they", RUSSIAN_BACKED, MentionBasis.COREFERENCE),
                mention(8, "those", CANDIDATE, MentionBasis.COREFERENCE)));

        assertThat(store.actorSummaries()).containsExactly(
                // Iran 3 times, Tehran twice; "it" counted but no spelling
                new Store.ActorSummary(IRAN, 8, 2, List.of("Iran", "Tehran", "Iranian")),
                // ties on frequency go by code point, whatever the database's collation: capitals first
                new Store.ActorSummary(QUDS_FORCE, 4, 2, List.of("IRGC-QF", "Quds Force", "al-Quds Force")),
                // ties on mentions go by id; an actor only coreferred to has no spelling
                new Store.ActorSummary(CANDIDATE, 1, 1, List.of()),
                new Store.ActorSummary(RUSSIAN_BACKED, 1, 1, List.of()));
    }

    @Test
    void aDatabaseOfTheFirstSchemaVersionMigratesKeepingItsArticles() throws SQLException {
        Article a = full("stored before actors were").withDuplicateOf(null);
        Article b = minimal("also stored under V1");
        try (Store v1 = openStoreWith(migrations().subList(0, 1))) {
            v1.save(a, signature(1));
            v1.save(b, signature(2));
        }
        assertThat(rows("SELECT count(*) FROM schema_version")).isEqualTo(1);
        assertThatThrownBy(() -> rows("SELECT count(*) FROM actor_mentions")).isInstanceOf(SQLException.class);

        Store store = open();
        assertThat(rows("SELECT count(*) FROM schema_version")).isEqualTo(migrations().size());
        assertThat(store.articles()).containsExactlyInAnyOrder(a, b);
        assertThat(store.signatures()).extracting(StoredSignature::signature).containsExactlyInAnyOrder(signature(1), signature(2));
        assertThat(store.analysis(a.id())).isEmpty();
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "stored", IRAN)));
        assertThat(store.actorSummaries()).extracting(Store.ActorSummary::mentions).containsExactly(1);
    }

    @Test
    void analysesFromManyThreadsAllLand() throws Exception {
        Store store = open();
        List<Article> articles = IntStream.range(0, 40).mapToObj(i -> minimal("Iran in report " + i)).toList();
        for (Article a : articles) store.save(a, signature(a.text().length()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Article a : articles) {
                results.add(pool.submit(() -> store.saveAnalysis(a.id(), "v1",
                        List.of(mention(0, "Iran", IRAN), mention(15, a.text().substring(15), QUDS_FORCE)))));
            }
            for (Future<?> f : results) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.actorSummaries()).extracting(Store.ActorSummary::mentions, Store.ActorSummary::articles)
                .containsExactly(tuple(40, 40), tuple(40, 40));
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Test
    void describesWhereItsDataLives() {
        assertThat(open().describe()).contains(expectedDescription());
    }

    @Test
    void closingTwiceIsHarmlessAndAClosedStoreSaysSo() {
        Store store = openStore();
        store.close();
        store.close();
        assertThatThrownBy(store::articleCount)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed")
                .hasMessageContaining(expectedDescription());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Article with(Article a, Source source, PublishedDate published, List<Problem> problems) {
        return new Article(a.id(), source, a.title(), a.outlet(), a.url(), published, a.language(), a.duplicateOf(),
                a.rawText(), a.text(), a.dropped(), problems);
    }
}
