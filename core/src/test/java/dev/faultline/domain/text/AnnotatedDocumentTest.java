package dev.faultline.domain.text;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotatedDocumentTest {
    static final String TEXT = "Rebels shelled Aleppo.";
    static final Article ARTICLE = new Article(ArticleId.of(TEXT), new Source("t.txt", Source.Format.TEXT, 0), "t", null, null,
            null, "en", null, TEXT, TEXT, List.of(), List.of());

    static Sentence sentence() {
        return new Sentence(0, 0, 22, List.of(
                new Token(0, 0, 6, "Rebels", "rebel", "NNS"),
                new Token(1, 7, 14, "shelled", "shell", "VBD"),
                new Token(2, 15, 21, "Aleppo", "Aleppo", "NNP"),
                new Token(3, 21, 22, ".", ".", ".")));
    }

    static Mention aleppo() {
        return new Mention(EntityType.CITY, 15, 21, 0, 2, 3, "Aleppo", Optional.empty());
    }

    @Test
    void mentionsAreKeptInTextOrderAndFilteredByType() {
        Mention rebels = new Mention(EntityType.ORGANIZATION, 0, 6, 0, 0, 1, "Rebels", Optional.empty());
        AnnotatedDocument d = new AnnotatedDocument(ARTICLE, List.of(sentence()), List.of(aleppo(), rebels));
        assertThat(d.mentions()).containsExactly(rebels, aleppo());
        assertThat(d.mentions(EntityType.CITY)).containsExactly(aleppo());
        assertThat(d.mentionsIn(0)).hasSize(2);
        assertThat(d.tokenCount()).isEqualTo(4);
        assertThat(d.text(15, 21)).isEqualTo("Aleppo");
        assertThat(EntityType.CITY.isLocation()).isTrue();
    }

    @Test
    void aMentionMustLieInAnExistingSentence() {
        Mention stray = new Mention(EntityType.CITY, 15, 21, 1, 2, 3, "Aleppo", Optional.empty());
        assertThatThrownBy(() -> new AnnotatedDocument(ARTICLE, List.of(sentence()), List.of(stray)))
                .hasMessageContaining("sentence 1 of 1");
    }

    @Test
    void parsesAreAddedToACopy() {
        AnnotatedDocument d = new AnnotatedDocument(ARTICLE, List.of(sentence()), List.of(aleppo()));
        DependencyGraph g = new DependencyGraph(List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct")));
        AnnotatedDocument parsed = d.withParses(Map.of(0, g));
        assertThat(parsed.parsedSentences()).containsExactly(0);
        assertThat(d.parsedSentences()).isEmpty();
        assertThat(g.dependentsOf(1, "nsubj")).containsExactly(0);
        assertThat(g.roots()).containsExactly(1);
        assertThatThrownBy(() -> d.withParses(Map.of(3, g))).hasMessageContaining("no sentence 3");
        DependencyGraph tooFar = new DependencyGraph(List.of(new Dependency(1, 7, "obj")));
        assertThatThrownBy(() -> sentence().withParse(tooFar)).hasMessageContaining("beyond its 4 tokens");
    }

    @Test
    void tokensMustBeNumberedInOrderAndLieInTheirSentence() {
        List<Token> bad = List.of(new Token(1, 0, 6, "Rebels", "rebel", "NNS"));
        assertThatThrownBy(() -> new Sentence(0, 0, 22, bad)).hasMessageContaining("token 0 has index 1");
        List<Token> outside = List.of(new Token(0, 0, 30, "Rebels", "rebel", "NNS"));
        assertThatThrownBy(() -> new Sentence(0, 0, 22, outside)).hasMessageContaining("outside");
    }

    @Test
    void anEmptyDocumentHasNoSentences() {
        assertThat(AnnotatedDocument.empty(ARTICLE).isEmpty()).isTrue();
    }
}
