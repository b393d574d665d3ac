package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Span;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.relation.RelationType;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static dev.faultline.store.ActorFixtures.CANDIDATE;
import static dev.faultline.store.ActorFixtures.IRAN;
import static dev.faultline.store.ActorFixtures.QUDS_FORCE;
import static dev.faultline.store.ActorFixtures.RUSSIAN_BACKED;
import static dev.faultline.store.ClaimFixtures.BAS_NEWS;
import static dev.faultline.store.ClaimFixtures.chain;
import static dev.faultline.store.Fixtures.minimal;
import static dev.faultline.store.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Store} adapter must do with relation claims ("A, backed by B"): store each whole, both
 * mentions and the attribution chain included, and read it back equal; list them all by date; replace an
 * article's claims with its next analysis, write nothing for the same analysis again, and discard them with
 * the analysis when the article's cleaned text changes.
 */
public abstract class RelationClaimStoreContract extends ForceClaimStoreContract {
    private static RelationClaim claim(Article a, String id, int begin, ActorRef x, RelationType type, ActorRef y, PartialDate date) {
        ActorMention first = new ActorMention(begin, begin + 4, 0, 0, 1, x.name(), x, MentionBasis.ALIAS, 0.75);
        ActorMention second = new ActorMention(begin + 10, begin + 14, 0, 3, 4, y.name(), y, MentionBasis.CANDIDATE, 0.5);
        return new RelationClaim(id, a.id(), 0, begin, begin + 14, "words of " + id, first, type, second, "backed by",
                date == null ? null : new EventDate(date, EventDate.Basis.ARTICLE), Modality.ASSERTED, List.of());
    }

    @Test
    void aRelationClaimRoundTripsWithEveryFieldSet() {
        Store store = open();
        Article a = minimal("Bas News: the Liwa \"al-Quds\", loyal to the Quds Force, '); DROP TABLE relation_claims; --");
        store.save(a, signature(1));
        RelationClaim r = new RelationClaim("rc-full", a.id(), 2, 10, 60, "Liwa \"al-Quds\", loyal to '); DROP TABLE relation_claims; --",
                new ActorMention(14, 28, 2, 3, 7, "Liwa \"al-Quds\"", CANDIDATE, MentionBasis.CANDIDATE, 0.625),
                RelationType.MEMBER_OF,
                new ActorMention(40, 50, 2, 10, 12, "Quds Force", QUDS_FORCE, MentionBasis.ALIAS, 0.875),
                "loyal to", new EventDate(PartialDate.ofDay(LocalDate.of(2018, 2, 10)), EventDate.Basis.ARTICLE),
                Modality.ALLEGED, chain());

        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(), List.of(r));

        assertThat(store.relationClaims(a.id())).containsExactly(r);
        assertThat(store.relationClaims()).containsExactly(r);
        RelationClaim back = store.relationClaims().get(0);
        assertThat(back.attribution()).extracting(Attribution::actor).containsExactly(null, BAS_NEWS, null);
        assertThat(back.b().actor().lineage()).containsExactly("quds-force", "irgc", "iran");
        // the actors of both sides are stored with the claim, though no mention names them
        assertThat(store.actorMentions(a.id())).isEmpty();
    }

    @Test
    void allRelationClaimsComeByDateUndatedLastThenArticleAndPosition() {
        Store store = open();
        Article early = minimal("Iran backs the Quds Force; Russia backs its fighters.");
        Article late = minimal("The Quds Force, backed by Iran.");
        store.save(early, signature(1));
        store.save(late, signature(2));
        RelationClaim undated = claim(late, "undated", 0, IRAN, RelationType.SUPPORTS, QUDS_FORCE, null);
        RelationClaim second = claim(early, "second", 30, IRAN, RelationType.SUPPORTS, RUSSIAN_BACKED, PartialDate.ofYear(2016));
        RelationClaim first = claim(early, "first", 0, IRAN, RelationType.SUPPORTS, QUDS_FORCE, PartialDate.ofYear(2016));
        RelationClaim dated2015 = claim(late, "dated", 15, QUDS_FORCE, RelationType.ALLY, CANDIDATE, PartialDate.ofYear(2015));
        store.saveAnalysis(late.id(), "v1", List.of(), List.of(), List.of(), List.of(undated, dated2015));
        store.saveAnalysis(early.id(), "v1", List.of(), List.of(), List.of(), List.of(second, first));

        assertThat(store.relationClaims()).extracting(RelationClaim::id).containsExactly("dated", "first", "second", "undated");
        assertThat(store.relationClaims(early.id())).containsExactly(first, second);
    }

    @Test
    void anotherAnalysisReplacesTheArticlesRelationClaimsAndTheSameOneWritesNothing() throws SQLException {
        Store store = open();
        Article a = minimal("The Quds Force, backed by Iran, and its allies.");
        Article other = minimal("Liwa al-Quds, loyal to the Quds Force.");
        store.save(a, signature(1));
        store.save(other, signature(2));
        RelationClaim kept = claim(other, "kept", 0, CANDIDATE, RelationType.MEMBER_OF, QUDS_FORCE, null);
        store.saveAnalysis(other.id(), "v1", List.of(), List.of(), List.of(), List.of(kept));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(), List.of(claim(a, "one", 0, QUDS_FORCE, RelationType.ALLY, IRAN, null)));

        RelationClaim recoded = claim(a, "one", 0, IRAN, RelationType.SUPPORTS, QUDS_FORCE, PartialDate.ofYear(2018)).withAttribution(chain());
        store.saveAnalysis(a.id(), "v2", List.of(), List.of(), List.of(), List.of(recoded));
        Store readOnly = track(openStoreFailingOn("INSERT", "UPDATE", "DELETE"));
        readOnly.saveAnalysis(a.id(), "v2", List.of(), List.of(), List.of(), List.of(recoded));
        assertThatThrownBy(() -> readOnly.saveAnalysis(a.id(), "v2", List.of(), List.of(), List.of(),
                List.of(recoded.withModality(Modality.REPORTED)))).isInstanceOf(StoreException.class);

        assertThat(store.relationClaims(a.id())).containsExactly(recoded);
        assertThat(store.relationClaims()).containsExactly(recoded, kept);
        assertThat(rows("SELECT count(*) FROM relation_claims")).isEqualTo(2);

        // an analysis saved without relation claims leaves none
        store.saveAnalysis(a.id(), "v3", List.of(), List.of());
        assertThat(store.relationClaims(a.id())).isEmpty();
        assertThat(store.relationClaims()).containsExactly(kept);
    }

    @Test
    void aRelationClaimOfAnotherArticleIsRefused() {
        Store store = open();
        Article a = minimal("The Quds Force, backed by Iran.");
        Article other = minimal("Something else.");
        store.save(a, signature(1));
        store.save(other, signature(2));
        RelationClaim foreign = claim(other, "x", 0, IRAN, RelationType.SUPPORTS, QUDS_FORCE, null);
        assertThatThrownBy(() -> store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(), List.of(foreign)))
                .isInstanceOf(StoreException.class).hasMessageContaining("relation claim x belongs to article");
        assertThat(store.relationClaims()).isEmpty();
    }

    @Test
    void anotherCleanedTextDiscardsTheRelationClaims() {
        Store store = open();
        Article a = minimal("The Quds Force, backed by Iran.\nSubscribe now");
        store.save(a, signature(1));
        store.saveAnalysis(a.id(), "v1", List.of(), List.of(), List.of(), List.of(claim(a, "one", 0, QUDS_FORCE, RelationType.ALLY, IRAN, null)));
        Article recleaned = new Article(a.id(), a.source(), null, null, null, null, "en", null, a.rawText(),
                "The Quds Force, backed by Iran.", List.of(new Span(32, 45, "boilerplate")), List.of());
        store.save(recleaned, signature(2));
        assertThat(store.analysis(a.id())).isEmpty();
        assertThat(store.relationClaims()).isEmpty();
    }
}
