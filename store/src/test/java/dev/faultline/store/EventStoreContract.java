package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.PlacePrecision;
import dev.faultline.domain.event.ForceSize;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static dev.faultline.store.ActorFixtures.CANDIDATE;
import static dev.faultline.store.ActorFixtures.IRAN;
import static dev.faultline.store.ActorFixtures.QUDS_FORCE;
import static dev.faultline.store.ActorFixtures.RUSSIAN_BACKED;
import static dev.faultline.store.ActorFixtures.mention;
import static dev.faultline.store.Fixtures.full;
import static dev.faultline.store.Fixtures.minimal;
import static dev.faultline.store.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Store} adapter must do with coded events: store each whole, its attribution chain
 * included, and read it back equal, replace an article's events with its next analysis, and select
 * them by actor (lineage included), type and overlapping date, in the documented order.
 */
public abstract class EventStoreContract extends RelationClaimStoreContract {
    private static final ActorRef ISRAEL = new ActorRef("israel", "Israel", ActorKind.STATE, "ISR", null, "ISR",
            List.of("israel"), ActorRef.Origin.KNOWN, null);

    @Test
    void roundTripsAnEventWithEveryFieldSet() {
        Store store = open();
        Article a = full("Iran's Quds Force and fighters backed by Russia attacked Liwa al-Quds near Deir ez-Zor.").withDuplicateOf(null);
        store.save(a, signature(1));
        CodedEvent e = new CodedEvent("ev-full", a.id(), 2, 0, 86, a.text(),
                new EventDate(day(2018, 2, 10), EventDate.Basis.RELATIVE),
                List.of(new ActorMention(7, 17, 2, 1, 3, "Quds Force", QUDS_FORCE, MentionBasis.ALIAS, 0.9),
                        new ActorMention(22, 47, 2, 4, 8, "fighters backed by Russia", RUSSIAN_BACKED, MentionBasis.AFFILIATION, 0.5)),
                List.of(new ActorMention(57, 69, 2, 9, 12, "Liwa al-Quds '; DROP TABLE events; --", CANDIDATE, MentionBasis.CANDIDATE, 0.0)),
                PloverType.ASSAULT, "firearms", List.of("military", "pro-government"), "190", -10.0, Modality.REPORTED,
                new EventPlace("Deir ez-Zor \u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631", "SYR", "Deir ez-Zor Governorate", 35.336, 40.141, 170794L, PlacePrecision.PLACE),
                new ForceSize(5000L, 12L, 0L, "roughly 5,000; 12 killed, none hurt"), 0.625);

        store.saveAnalysis(a.id(), "v1", List.of(), List.of(e));

        assertThat(store.events(a.id())).containsExactly(e);
        assertThat(store.events(EventQuery.all())).containsExactly(e);
        assertThat(store.events(a.id()).get(0).source().get(0).actor().lineage()).containsExactly("quds-force", "irgc", "iran");
    }

    @Test
    void roundTripsAnEventsAttributionChain() {
        Store store = open();
        Article a = full("DEBKA: Bas News says an official saw Israel strike Iran.").withDuplicateOf(null);
        store.save(a, signature(1));
        // the outlet (no offsets, no actor), a stored medium, an anonymous source without actor
        CodedEvent e = event(a, "attributed", 37, 55, ISRAEL, IRAN, PloverType.ASSAULT, null).withAttribution(ClaimFixtures.chain());

        store.saveAnalysis(a.id(), "v1", List.of(mention(7, "Bas News", ClaimFixtures.BAS_NEWS)), List.of(e));

        assertThat(store.events(a.id())).containsExactly(e);
        assertThat(store.events(EventQuery.all())).containsExactly(e);
        assertThat(store.events(EventQuery.all().withActor("iran"))).containsExactly(e);
        List<Attribution> back = store.events(a.id()).get(0).attribution();
        assertThat(back).extracting(Attribution::actor).containsExactly(null, ClaimFixtures.BAS_NEWS, null);
        assertThat(back).extracting(Attribution::kind)
                .containsExactly(AttributionKind.MEDIA, AttributionKind.MEDIA, AttributionKind.ANONYMOUS);
        assertThat(back.get(0).inText()).isFalse();
        // the medium is an actor the event neither names nor filters by
        assertThat(store.events(EventQuery.all().withActor("bas-news"))).isEmpty();
    }

    @Test
    void anotherChainIsAChangeAndAnEventStoredWithoutOneReadsBackWithAnEmptyOne() throws SQLException {
        Store store = open();
        Article a = minimal("Israel struck Iran.");
        store.save(a, signature(1));
        CodedEvent plain = event(a, "e", 0, 19, ISRAEL, IRAN, PloverType.ASSAULT, null);
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(plain));
        assertThat(store.events(a.id())).containsExactly(plain);

        CodedEvent attributed = plain.withAttribution(ClaimFixtures.chain());
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(attributed));
        assertThat(store.events(a.id())).containsExactly(attributed);

        // a row from before chains were stored holds none
        try (java.sql.Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE events SET attribution = NULL");
        }
        assertThat(store.events(a.id())).containsExactly(plain);
    }

    @Test
    void eventsStoredBeforeChainsWereMigrateWithAnEmptyOne() throws SQLException {
        Article a = minimal("Israel struck Iran.");
        try (Store v4 = openStoreWith(migrations().subList(0, 4))) {
            v4.save(a, signature(1));
        }
        try (java.sql.Connection c = connect(); java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO events (id, "
                + "article_id, sentence, begin_offset, end_offset, text, type, mode, context, cameo, goldstein, modality, confidence) "
                + "VALUES ('old', ?, 0, 0, 19, 'Israel struck Iran.', 'ASSAULT', '', '[]', '190', -10.0, 'asserted', 0.5)")) {
            p.setString(1, a.id().value());
            p.executeUpdate();
        }

        Store store = open();

        assertThat(store.events(a.id())).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("old");
            assertThat(e.attribution()).isEmpty();
        });
        assertThat(store.forceClaims(a.id())).isEmpty();
    }

    @Test
    void roundTripsAnEventWithEveryOptionalFieldEmpty() {
        Store store = open();
        Article a = minimal("A bomb exploded near the station.");
        store.save(a, signature(1));
        CodedEvent e = new CodedEvent("ev-bare", a.id(), 0, 0, 33, a.text(), null, List.of(), List.of(),
                PloverType.ASSAULT, "", List.of(), "18", -9.0, Modality.ASSERTED, null, null, 0.0);
        // a size may hold one count only, and a place only a name
        CodedEvent partial = new CodedEvent("ev-partial", a.id(), 0, 2, 6, "bomb", null, List.of(), List.of(),
                PloverType.ASSAULT, "", List.of(), "183", -10.0, Modality.ALLEGED, EventPlace.named("the station"),
                new ForceSize(null, null, 3L, "three"), 1.0);

        store.saveAnalysis(a.id(), "v1", List.of(), List.of(partial, e));

        assertThat(store.events(a.id())).containsExactly(e, partial);
        assertThat(store.events(a.id()).get(0).date()).isNull();
        assertThat(store.events(a.id()).get(1).size().killed()).isNull();
        assertThat(store.events(a.id()).get(1).place().lat()).isNull();
    }

    @Test
    void anUnanalysedArticleHasNoEvents() {
        Store store = open();
        Article a = minimal("Nothing coded yet.");
        store.save(a, signature(1));
        assertThat(store.events(a.id())).isEmpty();
        assertThat(store.events(ArticleId.of("never stored"))).isEmpty();
        assertThat(store.events(EventQuery.all())).isEmpty();
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Nothing", IRAN)));
        assertThat(store.events(a.id())).isEmpty();
    }

    @Test
    void anArticlesEventsComeBackInTextOrder() {
        Store store = open();
        Article a = minimal("Israel struck. Iran replied. Israel struck again.");
        store.save(a, signature(1));
        CodedEvent third = event(a, "c", 29, 49, ISRAEL, IRAN, PloverType.ASSAULT, null);
        CodedEvent first = event(a, "b", 0, 14, ISRAEL, IRAN, PloverType.ASSAULT, null);
        CodedEvent second = event(a, "a", 15, 28, IRAN, ISRAEL, PloverType.THREATEN, null);

        store.saveAnalysis(a.id(), "v1", List.of(), List.of(third, first, second));

        assertThat(store.events(a.id())).containsExactly(first, second, third);
    }

    @Test
    void queriesComeByDateUndatedLastThenArticleThenPosition() {
        Store store = open();
        Article a = minimal("report a");
        Article b = minimal("report b");
        store.save(a, signature(1));
        store.save(b, signature(2));
        CodedEvent undated = event(a, "a-undated", 0, 2, ISRAEL, IRAN, PloverType.ASSAULT, null);
        CodedEvent aMay = event(a, "a-may", 3, 5, ISRAEL, IRAN, PloverType.ASSAULT, PartialDate.ofMonth(2018, 5));
        CodedEvent bMay10 = event(b, "b-may10", 0, 2, IRAN, ISRAEL, PloverType.ASSAULT, day(2018, 5, 10));
        CodedEvent b2017 = event(b, "b-2017", 3, 5, IRAN, ISRAEL, PloverType.ASSAULT, PartialDate.ofYear(2017));
        CodedEvent bMay1 = event(b, "b-may1", 6, 8, IRAN, ISRAEL, PloverType.ASSAULT, day(2018, 5, 1));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(undated, aMay));
        store.saveAnalysis(b.id(), "v1", List.of(), List.of(bMay10, b2017, bMay1));

        // a period sorts by its first day; ties go by article, then position
        List<String> expected = a.id().value().compareTo(b.id().value()) < 0
                ? List.of("b-2017", "a-may", "b-may1", "b-may10", "a-undated")
                : List.of("b-2017", "b-may1", "a-may", "b-may10", "a-undated");
        assertThat(store.events(EventQuery.all())).extracting(CodedEvent::id).containsExactlyElementsOf(expected);
    }

    @Test
    void anActorSelectsItsOwnEventsAndThoseOfActorsInItsLineage() {
        Store store = open();
        Article a = minimal("Quds Force; Iran; Israel; fighters backed by Russia");
        store.save(a, signature(1));
        CodedEvent quds = event(a, "quds", 0, 10, QUDS_FORCE, ISRAEL, PloverType.ASSAULT, null);
        CodedEvent iran = event(a, "iran", 12, 16, ISRAEL, IRAN, PloverType.ASSAULT, null);
        CodedEvent backed = event(a, "backed", 26, 51, RUSSIAN_BACKED, CANDIDATE, PloverType.MOBILIZE, null);
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(quds, iran, backed));

        assertThat(ids(store, EventQuery.all().withActor("iran"))).containsExactly("quds", "iran");
        assertThat(ids(store, EventQuery.all().withActor("irgc"))).containsExactly("quds");
        assertThat(ids(store, EventQuery.all().withActor("israel"))).containsExactly("quds", "iran");
        // a target counts as much as a source; the candidate's lineage reaches its country
        assertThat(ids(store, EventQuery.all().withActor("syria"))).containsExactly("backed");
        // an affiliation is not a lineage: what Russia's backed fighters did is not Russia's act
        assertThat(ids(store, EventQuery.all().withActor("russia"))).isEmpty();
        // ids match whole: no prefix, no wildcard
        assertThat(ids(store, EventQuery.all().withActor("ira"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("ir_n"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("ir%an"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("\\"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("quds_force"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("%"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("\" OR 1=1 --"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor(" "))).containsExactly("quds", "iran", "backed");
    }

    @Test
    void typeAndDatesSelectEventsWhosePeriodOverlapsUndatedLeftOut() {
        Store store = open();
        Article a = minimal("a month, a day, a year, and no date");
        store.save(a, signature(1));
        CodedEvent may = event(a, "may", 0, 7, ISRAEL, IRAN, PloverType.ASSAULT, PartialDate.ofMonth(2018, 5));
        CodedEvent day = event(a, "day", 9, 14, IRAN, ISRAEL, PloverType.THREATEN, day(2018, 6, 2));
        CodedEvent year = event(a, "year", 16, 22, ISRAEL, IRAN, PloverType.ASSAULT, PartialDate.ofYear(2017));
        CodedEvent none = event(a, "none", 28, 35, ISRAEL, IRAN, PloverType.ASSAULT, null);
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(may, day, year, none));

        assertThat(ids(store, EventQuery.all().withType(PloverType.ASSAULT))).containsExactly("year", "may", "none");
        assertThat(ids(store, EventQuery.all().withType(PloverType.AID))).isEmpty();
        // a month overlaps a later day within it, and a year any of its months
        assertThat(ids(store, EventQuery.all().withSince(day(2018, 5, 31)))).containsExactly("may", "day");
        assertThat(ids(store, EventQuery.all().withSince(PartialDate.ofMonth(2018, 6)))).containsExactly("day");
        assertThat(ids(store, EventQuery.all().withUntil(day(2018, 5, 1)))).containsExactly("year", "may");
        assertThat(ids(store, EventQuery.all().withUntil(PartialDate.ofMonth(2017, 12)))).containsExactly("year");
        assertThat(ids(store, EventQuery.all().withSince(PartialDate.ofYear(2018)).withUntil(PartialDate.ofYear(2018))))
                .containsExactly("may", "day");
        assertThat(ids(store, EventQuery.all().withSince(PartialDate.ofYear(2019)))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("iran").withType(PloverType.THREATEN)
                .withSince(PartialDate.ofMonth(2018, 6)))).containsExactly("day");
    }

    @Test
    void anotherAnalysisReplacesTheArticlesEventsOnly() throws SQLException {
        Store store = open();
        Article a = minimal("Israel struck Iran twice.");
        Article other = minimal("Iran threatened Israel.");
        store.save(a, signature(1));
        store.save(other, signature(2));
        CodedEvent kept = event(other, "other", 0, 15, IRAN, ISRAEL, PloverType.THREATEN, null);
        store.saveAnalysis(other.id(), "v1", List.of(), List.of(kept));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(event(a, "one", 0, 13, ISRAEL, IRAN, PloverType.ASSAULT, null),
                event(a, "two", 14, 24, ISRAEL, IRAN, PloverType.ASSAULT, null)));

        CodedEvent recoded = event(a, "one", 0, 13, ISRAEL, QUDS_FORCE, PloverType.COERCE, day(2018, 5, 10));
        store.saveAnalysis(a.id(), "v2", List.of(), List.of(recoded));

        assertThat(store.events(a.id())).containsExactly(recoded);
        assertThat(store.events(other.id())).containsExactly(kept);
        assertThat(rows("SELECT count(*) FROM events")).isEqualTo(2);
        assertThat(rows("SELECT count(*) FROM event_actors")).isEqualTo(4);

        store.saveAnalysis(a.id(), "v3", List.of(), List.of());
        assertThat(store.events(a.id())).isEmpty();
        assertThat(store.events(EventQuery.all())).containsExactly(kept);
        assertThat(rows("SELECT count(*) FROM event_actors")).isEqualTo(2);
    }

    @Test
    void savingTheSameEventsAgainWritesNothing() {
        Article a = minimal("Israel struck Iran. Iran threatened Israel.");
        CodedEvent one = event(a, "one", 0, 19, ISRAEL, IRAN, PloverType.ASSAULT, day(2018, 5, 10));
        CodedEvent two = event(a, "two", 20, 43, IRAN, ISRAEL, PloverType.THREATEN, null);
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Israel", ISRAEL)), List.of(one, two));

        // A store that fails on any change: the same events again, in any order, need none.
        Store readOnly = track(openStoreFailingOn("INSERT", "UPDATE", "DELETE"));
        readOnly.saveAnalysis(a.id(), "v1", List.of(mention(0, "Israel", ISRAEL)), List.of(two, one));
        // one event changed is a change
        CodedEvent surer = event(a, "two", 20, 43, IRAN, ISRAEL, PloverType.THREATEN, day(2018, 5, 11));
        assertThatThrownBy(() -> readOnly.saveAnalysis(a.id(), "v1", List.of(mention(0, "Israel", ISRAEL)), List.of(one, surer)))
                .isInstanceOf(StoreException.class);
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Israel", ISRAEL)), List.of(one, surer));
        assertThat(store.events(a.id())).containsExactly(one, surer);
    }

    @Test
    void anEventOfAnotherArticleIsRefusedAndNothingIsStored() throws SQLException {
        Store store = open();
        Article a = minimal("Israel struck Iran.");
        Article other = minimal("Another report.");
        store.save(a, signature(1));
        store.save(other, signature(2));
        CodedEvent foreign = event(other, "foreign", 0, 7, ISRAEL, IRAN, PloverType.ASSAULT, null);

        assertThatThrownBy(() -> store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Israel", ISRAEL)), List.of(foreign)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("foreign")
                .hasMessageContaining(a.id().value())
                .hasMessageContaining(other.id().value());
        assertThat(store.analysis(a.id())).isEmpty();
        assertThat(rows("SELECT count(*) FROM events") + rows("SELECT count(*) FROM actor_mentions")).isZero();
    }

    @Test
    void aFailureMidEventsKeepsThePreviousAnalysisWhole() {
        Article a = minimal("Israel struck Iran.");
        List<ActorMention> mentions = List.of(mention(0, "Israel", ISRAEL), mention(14, "Iran", IRAN));
        CodedEvent before = event(a, "before", 0, 19, ISRAEL, IRAN, PloverType.ASSAULT, null);
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", mentions, List.of(before));
        Store failing = track(openStoreFailingOn("INSERT INTO event_actors"));

        assertThatThrownBy(() -> failing.saveAnalysis(a.id(), "v2", List.of(mention(0, "Israel", ISRAEL)),
                List.of(event(a, "after", 0, 19, IRAN, ISRAEL, PloverType.ASSAULT, null))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasRootCauseMessage("injected failure");

        assertThat(store.events(a.id())).containsExactly(before);
        assertThat(store.actorMentions(a.id())).isEqualTo(mentions);
        assertThat(store.analysis(a.id())).contains("v1");
    }

    @Test
    void anEventsActorsAreStoredEvenWhenNoMentionNamesThemAndReadBackWithTheNewestReference() {
        Store store = open();
        Article first = minimal("first: the Quds Force struck");
        Article second = minimal("second: the Quds Force struck");
        store.save(first, signature(1));
        store.save(second, signature(2));
        store.saveAnalysis(first.id(), "v1", List.of(), List.of(event(first, "e1", 0, 10, QUDS_FORCE, ISRAEL, PloverType.ASSAULT, null)));
        ActorRef newer = new ActorRef("quds-force", "IRGC Quds Force", ActorKind.ORGANIZATION, "IRN", null, null,
                List.of("quds-force", "iran"), ActorRef.Origin.KNOWN, null);
        store.saveAnalysis(second.id(), "v1", List.of(mention(12, "Quds Force", newer)), List.of());

        assertThat(store.events(first.id())).singleElement()
                .satisfies(e -> assertThat(e.source()).extracting(ActorMention::actor).containsExactly(newer));
        // the newer lineage now decides the filter
        assertThat(ids(store, EventQuery.all().withActor("irgc"))).isEmpty();
        assertThat(ids(store, EventQuery.all().withActor("iran"))).containsExactly("e1");
    }

    @Test
    void manyEventsAreStoredWholeAndOutliveTheStore() {
        Article a = minimal("a long report of a long war");
        List<CodedEvent> events = IntStream.range(0, 620).mapToObj(i -> event(a, "e" + i, i * 3, i * 3 + 2,
                i % 2 == 0 ? ISRAEL : IRAN, i % 3 == 0 ? QUDS_FORCE : ISRAEL, PloverType.ASSAULT,
                day(2018, 1 + i % 12, 1 + i % 28))).toList();
        try (Store store = openStore()) {
            store.save(a, signature(1));
            store.saveAnalysis(a.id(), "v1", List.of(), events);
        }
        Store again = open();
        assertThat(again.events(a.id())).containsExactlyElementsOf(events);
        assertThat(again.events(EventQuery.all())).hasSize(620).containsExactlyInAnyOrderElementsOf(events);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** An event of {@code a} at {@code [begin, end)}, one actor each side, in sentence 0. */
    private static CodedEvent event(Article a, String id, int begin, int end, ActorRef source, ActorRef target,
                                    PloverType type, PartialDate date) {
        return new CodedEvent(id, a.id(), 0, begin, end, "span " + id,
                date == null ? null : new EventDate(date, EventDate.Basis.EXPLICIT),
                List.of(new ActorMention(begin, begin + 1, 0, 0, 1, source.name(), source, MentionBasis.ALIAS, 1.0)),
                List.of(new ActorMention(end - 1, end, 0, 1, 2, target.name(), target, MentionBasis.DICTIONARY, 0.5)),
                type, "", List.of(), type == PloverType.THREATEN ? "138" : "190", type == PloverType.THREATEN ? -7.0 : -10.0,
                Modality.ASSERTED, null, null, 0.75);
    }

    private static PartialDate day(int y, int m, int d) {
        return PartialDate.ofDay(LocalDate.of(y, m, d));
    }

    private static List<String> ids(Store store, EventQuery q) {
        return store.events(q).map(CodedEvent::id).toList();
    }
}
