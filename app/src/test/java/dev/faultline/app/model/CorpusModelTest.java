package dev.faultline.app.model;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus model reads the relations the reports state from the store and gives them to the alliance model. */
class CorpusModelTest {
    private static final String TEXT = "The Dawn Brigades, loyal to the Salvation Council, took the port. The Hills Front denies being "
            + "an ally of the Council.";
    private static final ActorRef BRIGADES = candidate("candidate-dawn-brigades", "Dawn Brigades");
    private static final ActorRef COUNCIL = candidate("candidate-salvation-council", "Salvation Council");
    private static final ActorRef FRONT = candidate("candidate-hills-front", "Hills Front");

    @TempDir
    Path dir;

    private static ActorRef candidate(String id, String name) {
        return new ActorRef(id, name, ActorKind.ORGANIZATION, "LBY", Sector.REB, null, List.of(id), ActorRef.Origin.CANDIDATE, null);
    }

    private static ActorMention mention(String words, ActorRef actor, int sentence) {
        int begin = TEXT.indexOf(words);
        return new ActorMention(begin, begin + words.length(), sentence, 0, 1, words, actor, MentionBasis.CANDIDATE, 0.5);
    }

    private static RelationClaim claim(ArticleId article, String id, ActorMention a, RelationType type, ActorMention b, String cue,
                                       Modality modality, int sentence) {
        int begin = Math.min(a.begin(), b.begin()), end = Math.max(a.end(), b.end());
        return new RelationClaim(id, article, sentence, begin, end, TEXT.substring(begin, end), a, type, b, cue,
                new EventDate(PartialDate.ofDay(LocalDate.of(2025, 3, 4)), EventDate.Basis.ARTICLE), modality,
                List.of(Attribution.outlet("Libya Observer")));
    }

    @Test
    void theRelationsTheReportsStateAreRelationsOfTheModelUnlessDenied() {
        Article a = new Article(ArticleId.of(TEXT), new Source("a.txt", Source.Format.TEXT, 0), null, "Libya Observer", null, null, "en",
                null, TEXT, TEXT, List.of(), List.of());
        ActorMention brigades = mention("Dawn Brigades", BRIGADES, 0), council = mention("Salvation Council", COUNCIL, 0);
        ActorMention front = mention("Hills Front", FRONT, 1), again = mention("the Council", COUNCIL, 1);
        RelationClaim loyal = claim(a.id(), "rel-loyal", brigades, RelationType.MEMBER_OF, council, "loyal to", Modality.ASSERTED, 0);
        RelationClaim denied = claim(a.id(), "rel-denied", front, RelationType.ALLY, again, "an ally of", Modality.DENIED, 1);
        try (Store store = Stores.duckdb(dir.resolve("c.duckdb"))) {
            store.save(a, new Signature(IntStream.range(0, 128).toArray()));
            store.saveAnalysis(a.id(), "v1", List.of(brigades, council, front, again), List.of(), List.of(), List.of(loyal, denied));

            CorpusModel model = CorpusModel.read(store, CorpusSettings.defaults());

            assertThat(model.relationClaims()).containsExactly(loyal, denied);
            assertThat(model.alliance().relations()).filteredOn(r -> r.basis() == Relation.Basis.STATED).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo(RelationType.MEMBER_OF);
                assertThat(r.a().id()).isEqualTo(BRIGADES.id());
                assertThat(r.b().id()).isEqualTo(COUNCIL.id());
                assertThat(r.evidence()).containsExactly("rel-loyal");
            });
            assertThat(model.alliance().actors()).extracting(ActorRef::id).contains(BRIGADES.id(), COUNCIL.id());
            assertThat(model.articlesOfStory("rel-loyal")).isEqualTo(1);
        }
    }
}
