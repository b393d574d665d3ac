package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PlacePrecision;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.faultline.store.ActorFixtures.CANDIDATE;
import static dev.faultline.store.ActorFixtures.IRAN;
import static dev.faultline.store.ActorFixtures.QUDS_FORCE;
import static dev.faultline.store.ActorFixtures.RUSSIAN_BACKED;
import static dev.faultline.store.ActorFixtures.mention;
import static dev.faultline.store.ClaimFixtures.BAS_NEWS;
import static dev.faultline.store.ClaimFixtures.chain;
import static dev.faultline.store.ClaimFixtures.claim;
import static dev.faultline.store.Fixtures.full;
import static dev.faultline.store.Fixtures.minimal;
import static dev.faultline.store.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Store} adapter must do with force claims: store each whole, its attribution chain
 * included, and read it back equal; replace an article's claims with its next analysis; and select
 * them by actor (lineage included) in the documented order.
 */
public abstract class ForceClaimStoreContract extends ServingStoreContract {
    @Test
    void roundTripsAClaimWithEveryFieldSet() {
        Store store = open();
        Article a = full("DEBKA: Bas News says an official put the Quds Force at 25,000 near Deir ez-Zor.").withDuplicateOf(null);
        store.save(a, signature(1));
        ForceClaim f = new ForceClaim("fc-full", a.id(), 3, 60, 66, "25,000 '; DROP TABLE force_claims; --",
                new ActorMention(40, 50, 3, 8, 10, "Quds Force", QUDS_FORCE, MentionBasis.ALIAS, 0.875),
                25_000_000_000L, Estimate.AT_LEAST, new EventDate(PartialDate.ofDay(LocalDate.of(2018, 2, 10)), EventDate.Basis.RELATIVE),
                new EventPlace("Deir ez-Zor \u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631", "SYR", "Deir ez-Zor Governorate",
                        35.336, 40.141, 170794L, PlacePrecision.PLACE),
                Modality.ALLEGED, chain());

        store.saveAnalysis(a.id(), "v1", List.of(mention(10, "Bas News", BAS_NEWS)), List.of(), List.of(f));

        assertThat(store.forceClaims(a.id())).containsExactly(f);
        assertThat(store.forceClaims(Optional.empty())).containsExactly(f);
        ForceClaim back = store.forceClaims(a.id()).get(0);
        assertThat(back.attribution()).extracting(Attribution::actor).containsExactly(null, BAS_NEWS, null);
        assertThat(back.attribution().get(0).begin()).isEqualTo(-1);
        assertThat(back.actor().actor().lineage()).containsExactly("quds-force", "irgc", "iran");
    }

    @Test
    void roundTripsAClaimWithEveryOptionalFieldEmpty() {
        Store store = open();
        Article a = minimal("Some 600 fighters, and 700 more at the station.");
        store.save(a, signature(1));
        ForceClaim bare = claim(a, "bare", 5, 17, CANDIDATE, 600, null);
        ForceClaim named = new ForceClaim("named", a.id(), 0, 19, 27, "700 more", bare.actor(), 700, Estimate.TO, null,
                EventPlace.named("the station"), Modality.ASSERTED, List.of(Attribution.outlet("notes")));

        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(named, bare));

        assertThat(store.forceClaims(a.id())).containsExactly(bare, named);
        assertThat(store.forceClaims(a.id()).get(0).date()).isNull();
        assertThat(store.forceClaims(a.id()).get(0).place()).isNull();
        assertThat(store.forceClaims(a.id()).get(1).place().lat()).isNull();
    }

    @Test
    void anAttributedActorIsStoredEvenWhenNoMentionNamesIt() {
        Store store = open();
        Article a = minimal("Bas News says Iran has 5,000 there.");
        store.save(a, signature(1));
        ForceClaim f = claim(a, "f", 14, 29, IRAN, 5000, null).withAttribution(chain());

        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(f));

        assertThat(store.forceClaims(a.id())).containsExactly(f);
        assertThat(store.actorMentions(a.id())).isEmpty();
    }

    @Test
    void aLinkWhoseActorIsNotStoredReadsBackWithoutActorWhateverTheSpacing() throws SQLException {
        Store store = open();
        Article a = minimal("Someone says Iran has 5,000 there.");
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(claim(a, "f", 13, 28, IRAN, 5000, null)));
        // as another writer (PostgreSQL's jsonb, say) might put it: spaced, reordered, a field more
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("UPDATE force_claims SET attribution = ?")) {
            p.setString(1, "[ {\"end\": 12, \"begin\": 0, \"actor_id\": \"no-such-actor\", \"kind\": \"named\", "
                    + "\"text\": \"Some\\u006fne \\\"\", \"weight\": 1.5},\n {\"text\": \"x\", \"kind\": \"media\", \"begin\": -1, \"end\": -1} ]");
            p.executeUpdate();
        }

        assertThat(store.forceClaims(a.id())).singleElement().extracting(ForceClaim::attribution).isEqualTo(List.of(
                new Attribution("Someone \"", AttributionKind.NAMED, null, 0, 12), Attribution.outlet("x")));
    }

    @Test
    void anotherAnalysisReplacesTheArticlesClaimsOnly() throws SQLException {
        Store store = open();
        Article a = minimal("Iran has 5,000 there and 700 here.");
        Article other = minimal("The Quds Force has 2,000.");
        store.save(a, signature(1));
        store.save(other, signature(2));
        ForceClaim kept = claim(other, "other", 19, 24, QUDS_FORCE, 2000, null);
        store.saveAnalysis(other.id(), "v1", List.of(), List.of(), List.of(kept));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(claim(a, "one", 9, 14, IRAN, 5000, null),
                claim(a, "two", 25, 28, IRAN, 700, null)));

        ForceClaim recoded = claim(a, "one", 9, 14, QUDS_FORCE, 5000, PartialDate.ofYear(2018)).withAttribution(chain());
        store.saveAnalysis(a.id(), "v2", List.of(), List.of(), List.of(recoded));
        store.saveAnalysis(a.id(), "v2", List.of(), List.of(), List.of(recoded));

        assertThat(store.forceClaims(a.id())).containsExactly(recoded);
        assertThat(store.forceClaims(other.id())).containsExactly(kept);
        assertThat(store.forceClaims(Optional.empty())).containsExactly(recoded, kept);
        assertThat(rows("SELECT count(*) FROM force_claims")).isEqualTo(2);

        // an analysis saved without claims leaves none
        store.saveAnalysis(a.id(), "v3", List.of(), List.of());
        assertThat(store.forceClaims(a.id())).isEmpty();
        assertThat(store.forceClaims(Optional.empty())).containsExactly(kept);
        assertThat(rows("SELECT count(*) FROM force_claims")).isEqualTo(1);
    }

    @Test
    void savingTheSameClaimsAgainWritesNothing() {
        Article a = minimal("Iran has 5,000 there and 700 here.");
        ForceClaim one = claim(a, "one", 9, 14, IRAN, 5000, null).withAttribution(chain());
        ForceClaim two = claim(a, "two", 25, 28, IRAN, 700, null);
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(one, two));

        Store readOnly = track(openStoreFailingOn("INSERT", "UPDATE", "DELETE"));
        readOnly.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(two, one));
        // one link less is a change
        ForceClaim lessSure = one.withAttribution(chain().subList(0, 2));
        assertThatThrownBy(() -> readOnly.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(lessSure, two)))
                .isInstanceOf(StoreException.class);
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(lessSure, two));
        assertThat(store.forceClaims(a.id())).containsExactly(lessSure, two);
    }

    @Test
    void anActorSelectsItsOwnClaimsAndThoseOfActorsInItsLineage() {
        Store store = open();
        Article a = minimal("Quds Force: 100; Iran: 200; fighters backed by Russia: 300; Liwa: 400");
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(claim(a, "quds", 0, 15, QUDS_FORCE, 100, null),
                claim(a, "iran", 17, 26, IRAN, 200, null), claim(a, "backed", 28, 58, RUSSIAN_BACKED, 300, null),
                claim(a, "liwa", 60, 69, CANDIDATE, 400, null)));

        assertThat(ids(store, "iran")).containsExactly("quds", "iran");
        assertThat(ids(store, "irgc")).containsExactly("quds");
        assertThat(ids(store, "quds-force")).containsExactly("quds");
        assertThat(ids(store, "syria")).containsExactly("liwa");
        // an affiliation is not a lineage
        assertThat(ids(store, "russia")).isEmpty();
        // ids match whole and literally: no prefix, no wildcard
        assertThat(ids(store, "ira")).isEmpty();
        assertThat(ids(store, "ir_n")).isEmpty();
        assertThat(ids(store, "ir%an")).isEmpty();
        assertThat(ids(store, "ir%")).isEmpty();
        assertThat(ids(store, "quds_force")).isEmpty();
        assertThat(ids(store, "%")).isEmpty();
        assertThat(ids(store, "_%")).isEmpty();
        assertThat(ids(store, "\\")).isEmpty();
        assertThat(ids(store, "\" OR 1=1 --")).isEmpty();
        assertThat(ids(store, " ")).containsExactly("quds", "iran", "backed", "liwa");
        assertThat(store.forceClaims(Optional.empty())).extracting(ForceClaim::id).containsExactly("quds", "iran", "backed", "liwa");
    }

    @Test
    void aLineageElementWithWildcardsQuotesAndBackslashesMatchesItselfOnly() {
        String odd = "50%_off \"x\" \\ y";
        ActorRef unit = new ActorRef("odd-unit", "Odd unit", ActorKind.GROUP, null, null, null, List.of("odd-unit", odd),
                ActorRef.Origin.CANDIDATE, null);
        Store store = open();
        Article a = minimal("the odd unit: 100");
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(claim(a, "odd", 4, 17, unit, 100, null),
                claim(a, "iran", 0, 3, IRAN, 5, null)));

        assertThat(ids(store, odd)).containsExactly("odd");
        assertThat(ids(store, "50%")).isEmpty();
        assertThat(ids(store, "50%_off")).isEmpty();
        assertThat(ids(store, "5__off \"x\" \\ y")).isEmpty();
        assertThat(ids(store, "50%_off \"x\" \\")).isEmpty();
        assertThat(ids(store, "off \"x\" \\ y")).isEmpty();
    }

    @Test
    void claimsComeByDateUndatedLastThenArticleThenPosition() {
        Store store = open();
        Article a = minimal("report a");
        Article b = minimal("report b");
        store.save(a, signature(1));
        store.save(b, signature(2));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(claim(a, "a-undated", 0, 2, IRAN, 1, null),
                claim(a, "a-may", 3, 5, IRAN, 1, PartialDate.ofMonth(2018, 5))));
        store.saveAnalysis(b.id(), "v1", List.of(), List.of(), List.of(claim(b, "b-may10", 0, 2, IRAN, 1, day(2018, 5, 10)),
                claim(b, "b-2017", 3, 5, IRAN, 1, PartialDate.ofYear(2017)), claim(b, "b-may1", 6, 8, IRAN, 1, day(2018, 5, 1))));

        List<String> expected = a.id().value().compareTo(b.id().value()) < 0
                ? List.of("b-2017", "a-may", "b-may1", "b-may10", "a-undated")
                : List.of("b-2017", "b-may1", "a-may", "b-may10", "a-undated");
        assertThat(store.forceClaims(Optional.empty())).extracting(ForceClaim::id).containsExactlyElementsOf(expected);
        assertThat(ids(store, "iran")).containsExactlyElementsOf(expected);
        assertThat(store.forceClaims(b.id())).extracting(ForceClaim::id).containsExactly("b-may10", "b-2017", "b-may1");
    }

    @Test
    void aClaimOfAnotherArticleIsRefusedAndNothingIsStored() throws SQLException {
        Store store = open();
        Article a = minimal("Iran has 5,000.");
        Article other = minimal("Another report.");
        store.save(a, signature(1));
        store.save(other, signature(2));

        assertThatThrownBy(() -> store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Iran", IRAN)), List.of(),
                List.of(claim(other, "foreign", 0, 7, IRAN, 5000, null))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("foreign")
                .hasMessageContaining(a.id().value())
                .hasMessageContaining(other.id().value());
        assertThat(store.analysis(a.id())).isEmpty();
        assertThat(rows("SELECT count(*) FROM force_claims") + rows("SELECT count(*) FROM actor_mentions")).isZero();
    }

    @Test
    void aFailureMidClaimsKeepsThePreviousAnalysisWhole() {
        Article a = minimal("Iran has 5,000.");
        ForceClaim before = claim(a, "before", 9, 14, IRAN, 5000, null);
        Store store = open();
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(mention(0, "Iran", IRAN)), List.of(), List.of(before));
        Store failing = track(openStoreFailingOn("INSERT INTO force_claims"));

        assertThatThrownBy(() -> failing.saveAnalysis(a.id(), "v2", List.of(), List.of(),
                List.of(claim(a, "after", 9, 14, QUDS_FORCE, 5000, null))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasRootCauseMessage("injected failure");

        assertThat(store.forceClaims(a.id())).containsExactly(before);
        assertThat(store.actorMentions(a.id())).containsExactly(mention(0, "Iran", IRAN));
        assertThat(store.analysis(a.id())).contains("v1");
    }

    @Test
    void aClaimsActorsReadBackWithTheNewestReference() {
        Store store = open();
        Article first = minimal("first: the Quds Force has 100, says Bas News");
        Article second = minimal("second: the Quds Force and Bas News");
        store.save(first, signature(1));
        store.save(second, signature(2));
        store.saveAnalysis(first.id(), "v1", List.of(), List.of(),
                List.of(claim(first, "f", 11, 29, QUDS_FORCE, 100, null).withAttribution(chain())));
        ActorRef newerQuds = new ActorRef("quds-force", "IRGC Quds Force", ActorKind.ORGANIZATION, "IRN", null, null,
                List.of("quds-force", "iran"), ActorRef.Origin.KNOWN, null);
        ActorRef newerBas = new ActorRef("bas-news", "BasNews", ActorKind.ORGANIZATION, "IRQ", null, null,
                List.of("bas-news"), ActorRef.Origin.KNOWN, null);
        store.saveAnalysis(second.id(), "v1", List.of(mention(12, "Quds Force", newerQuds), mention(27, "Bas News", newerBas)));

        ForceClaim back = store.forceClaims(first.id()).get(0);
        assertThat(back.actor().actor()).isEqualTo(newerQuds);
        assertThat(back.attribution().get(1).actor()).isEqualTo(newerBas);
        assertThat(ids(store, "irgc")).isEmpty();
        assertThat(ids(store, "iran")).containsExactly("f");
    }

    @Test
    void manyClaimsAreStoredWholeAndOutliveTheStore() {
        Article a = minimal("a long report of many armies");
        List<ForceClaim> claims = IntStream.range(0, 260).mapToObj(i -> claim(a, "f" + i, i * 3, i * 3 + 2,
                        i % 2 == 0 ? IRAN : QUDS_FORCE, i + 1L, i % 5 == 0 ? null : day(2018, 1 + i % 12, 1 + i % 28))
                .withAttribution(i % 3 == 0 ? chain() : List.of())).toList();
        try (Store store = openStore()) {
            store.save(a, signature(1));
            store.saveAnalysis(a.id(), "v1", List.of(), List.of(), claims);
        }
        Store again = open();
        assertThat(again.forceClaims(a.id())).containsExactlyElementsOf(claims);
        assertThat(again.forceClaims(Optional.of("iran"))).hasSize(260).containsExactlyInAnyOrderElementsOf(claims);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static PartialDate day(int y, int m, int d) {
        return PartialDate.ofDay(LocalDate.of(y, m, d));
    }

    private static List<String> ids(Store store, String actor) {
        return store.forceClaims(Optional.of(actor)).stream().map(ForceClaim::id).toList();
    }
}
