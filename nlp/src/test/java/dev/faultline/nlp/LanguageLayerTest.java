package dev.faultline.nlp;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The layer over CoreNLP, on example reports written by the team (models load once for the class). */
@Tag("slow")
class LanguageLayerTest {
    static final String REPORT = """
            BEIRUT - Lebanese Prime Minister Saad Hariri met President Michel Aoun in Beirut on Aug. 8, officials said.

            Roughly 5,000 Hezbollah fighters were deployed near the Syrian border last October, according to Israeli officials. \
            Some 2.500 Iranian Revolutionary Guards officers and men remain in Syria.

            The United Nations said dozens of civilians had been killed in Idlib over the past fortnight. \
            Iran pledged $3 million in aid on Monday, and turnout fell to 42 percent in Tehran.
            """;
    static final String PUBLISHED = "2018-09-12"; // a Wednesday

    static LanguageLayer layer;
    static AnnotatedDocument doc;
    /** The names of the threads the models were loaded on, beside this one. */
    static final Set<String> loaders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void load() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> new Thread(() -> {
            loaders.add(Thread.currentThread().getName());
            r.run();
        }, "test-loader"));
        try {
            layer = LanguageLayer.create(LayerOptions.defaults().withThreads(2), pool);
        } finally {
            pool.shutdown();
        }
        doc = layer.apply(Articles.english(REPORT, PUBLISHED));
    }

    @Test
    void theParserAndGazetteerLoadBesideTheTaggerAndAParseWaitsForTheParser() {
        assertThat(loaders).containsExactly("test-loader");
        AnnotatedDocument parsed = layer.parse(doc, Set.of(1));
        assertThat(parsed.parsedSentences()).containsExactly(1);
        assertThat(parsed.sentences().get(1).parse().orElseThrow().edges()).isNotEmpty();
    }

    static Mention find(EntityType type, String text) {
        return doc.mentions(type).stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + text + "' in " + doc.mentions()));
    }

    @Test
    void sentencesAndTokensCarryOffsetsLemmasAndTags() {
        assertThat(doc.sentences()).hasSize(5);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) assertThat(REPORT.substring(t.begin(), t.end())).isEqualTo(t.word());
        }
        Token killed = doc.sentences().get(3).tokens().stream().filter(t -> t.word().equals("killed")).findFirst().orElseThrow();
        assertThat(killed.lemma()).isEqualTo("kill");
        assertThat(killed.pos()).isEqualTo("VBN");
        assertThat(doc.parsedSentences()).isEmpty();
    }

    @Test
    void namesGetCoarseAndFineTypes() {
        find(EntityType.PERSON, "Saad Hariri");
        find(EntityType.PERSON, "Michel Aoun");
        find(EntityType.CITY, "Beirut");
        find(EntityType.CITY, "Tehran");
        find(EntityType.COUNTRY, "Syria");
        find(EntityType.ORGANIZATION, "United Nations");
        find(EntityType.NATIONALITY, "Syrian");
        find(EntityType.TITLE, "President");
        for (Mention m : doc.mentions()) assertThat(REPORT.substring(m.begin(), m.end())).isEqualTo(m.text());
    }

    @Test
    void weaponsAndPlatformsComeFromFaultlinesDictionaryInAnyCase() {
        AnnotatedDocument d = layer.apply(Articles.english("Two helicopters dropped barrel bombs on the town. "
                + "A T-72 tank and an MQ-9 Reaper drone were seen.", "2016-03"));
        assertThat(d.mentions(EntityType.MILITARY_PLATFORM)).extracting(Mention::text).contains("helicopters", "T-72", "tank");
        assertThat(d.mentions(EntityType.WEAPON)).extracting(Mention::text).containsExactly("barrel bombs");
    }

    @Test
    void datesAreNormalizedAgainstPublication() {
        Mention aug8 = find(EntityType.DATE, "Aug. 8");
        assertThat(aug8.time().orElseThrow().normalized()).isEqualTo("2018-08-08");
        assertThat(aug8.time().orElseThrow().relative()).isTrue();
        Mention october = find(EntityType.DATE, "last October");
        assertThat(october.time().orElseThrow().normalized()).isEqualTo("2017-10");
        assertThat(october.time().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(find(EntityType.DATE, "the past fortnight").time().orElseThrow().normalized()).isEqualTo("2018-08-29/2018-09-12");
        assertThat(find(EntityType.DATE, "Monday").time().orElseThrow().normalized()).isEqualTo("2018-09-10");
    }

    @Test
    void quantitiesAreNormalized() {
        Mention fiveThousand = find(EntityType.NUMBER, "5,000");
        assertThat(fiveThousand.quantity().orElseThrow().value()).isEqualByComparingTo("5000");
        assertThat(fiveThousand.quantity().orElseThrow().approximate()).isTrue();
        assertThat(find(EntityType.NUMBER, "2.500").quantity().orElseThrow().value()).isEqualByComparingTo("2500");
        assertThat(find(EntityType.NUMBER, "dozens").quantity().orElseThrow().value()).isEqualByComparingTo("24");
        assertThat(find(EntityType.MONEY, "$3 million").quantity().orElseThrow().normalized()).isEqualTo("USD 3000000");
        assertThat(find(EntityType.PERCENT, "42 percent").quantity().orElseThrow().value()).isEqualByComparingTo("42");
    }

    @Test
    void parsesAreMadeOnlyForTheSentencesAskedFor() {
        AnnotatedDocument parsed = layer.parse(doc, Set.of(0));
        assertThat(parsed.parsedSentences()).containsExactly(0);
        Sentence first = parsed.sentences().get(0);
        DependencyGraph g = first.parse().orElseThrow();
        int met = indexOf(first, "met");
        int hariri = indexOf(first, "Hariri");
        int aoun = indexOf(first, "Aoun");
        assertThat(g.dependentsOf(met, "nsubj")).containsExactly(hariri);
        assertThat(g.dependentsOf(met, "obj")).containsExactly(aoun);
        assertThat(g.roots()).containsExactly(indexOf(first, "said"));
        assertThat(doc.parsedSentences()).as("the original is unchanged").isEmpty();
    }

    @Test
    void aParserStageParsesTheSentencesItSelects() {
        AnnotatedDocument parsed = layer.parser(ParseSelection.matching(s -> s.index() == 4)).apply(doc);
        assertThat(parsed.parsedSentences()).containsExactly(4);
    }

    @Test
    void onlyEnglishIsAnnotated() {
        AnnotatedDocument german = layer.apply(Articles.of("Die Armee meldete am Montag schwere Kämpfe.", PUBLISHED, "de"));
        assertThat(german.isEmpty()).isTrue();
        assertThat(german.mentions()).isEmpty();
    }

    @Test
    void manyArticlesInParallelGiveTheSameDocumentsInOrder() {
        List<dev.faultline.domain.Article> articles = List.of(
                Articles.english(REPORT, PUBLISHED),
                Articles.english("Rebels shelled Aleppo on Tuesday. Two hundred people fled.", "2019-03-01"),
                Articles.english("Kurdish forces took Raqqa in October 2017.", "2019-03-01"));
        List<AnnotatedDocument> docs = layer.annotateAll(articles, 2);
        assertThat(docs).extracting(d -> d.article().id()).containsExactlyElementsOf(articles.stream().map(a -> a.id()).toList());
        assertThat(docs.get(0)).isEqualTo(doc);
        assertThat(docs.get(1).mentions(EntityType.NUMBER)).extracting(m -> m.quantity().orElseThrow().value().intValue()).containsExactly(200);
        assertThat(docs.get(2).mentions(EntityType.DATE)).extracting(m -> m.time().orElseThrow().normalized()).containsExactly("2017-10");
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
