package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.nlp.LanguageLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The resolver's invariants on the five shared seed reports through the real language layer
 * (third-party text, read in place and never copied; skipped when {@code faultline.shared} does not
 * point at them): no candidate from a common word, mentions that quote the report and never overlap.
 * The acceptance (spellings, lineages) is checked end to end by the CLI's
 * SeedsActorsEndToEndTest; speed by {@code faultline bench}.
 */
@Tag("slow")
class SeedsResolutionTest {
    static ActorResolver resolver;
    static List<AnnotatedDocument> annotated;
    static List<ResolvedDocument> resolved;
    /** Every mention by actor id, across the five reports. */
    static final Map<String, List<ActorMention>> byActor = new TreeMap<>();

    @BeforeAll
    static void resolveTheSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("seeds");
        Path manifest = seeds.resolve("manifest.csv");
        assumeTrue(Files.isRegularFile(manifest), "no seeds at " + seeds);
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8).subList(1, 6)) {
            String[] f = line.split(",", 4);
            String text = Files.readString(seeds.resolve(f[0]), StandardCharsets.UTF_8);
            articles.add(new Article(ArticleId.of(text), new Source(f[0], Source.Format.TEXT, 0), f[3], f[1], null,
                    PublishedDate.estimated(PartialDate.parse(f[2]).orElseThrow()), "en", null, text, text, List.of(), List.of()));
        }
        LanguageLayer layer = LanguageLayer.create();
        annotated = layer.annotateAll(articles, 1);
        resolver = ActorResolver.create(KnowledgeBase.load());
        resolved = annotated.stream().map(resolver::apply).toList();
        for (ResolvedDocument d : resolved) {
            for (ActorMention m : d.actors()) byActor.computeIfAbsent(m.actor().id(), k -> new ArrayList<>()).add(m);
        }
        report();
    }

    @Test
    void noCandidateIsACommonWordOrPageDebris() {
        List<String> candidates = byActor.values().stream().flatMap(List::stream)
                .filter(m -> m.basis() == MentionBasis.CANDIDATE).map(ActorMention::text).distinct().toList();
        assertThat(candidates).isNotEmpty();
        for (String c : candidates) {
            assertThat(c).as("candidate '%s'", c).matches(".*\\p{Lu}.*").hasSizeGreaterThan(1);
            assertThat(c.toLowerCase(Locale.ROOT)).as("candidate '%s'", c).isNotIn(Grammar.NEVER_ACTORS);
        }
    }

    @Test
    void mentionsNeverOverlapAndQuoteTheReport() {
        for (ResolvedDocument d : resolved) {
            int end = 0;
            for (ActorMention m : d.actors()) {
                assertThat(m.begin()).as("%s at %d", m.text(), m.begin()).isGreaterThanOrEqualTo(end);
                assertThat(d.document().text(m.begin(), m.end())).isEqualTo(m.text());
                assertThat(m.confidence()).isBetween(0.0, 1.0);
                end = m.end();
            }
        }
    }

    /** For a person reading the test log: every actor with its spellings, and the recogniser's names left without one. */
    private static void report() {
        StringBuilder out = new StringBuilder("Actors on the seeds (id, origin, mentions, spellings):\n");
        byActor.forEach((id, ms) -> {
            Map<String, Integer> spelt = new LinkedHashMap<>();
            ms.forEach(m -> spelt.merge(m.text(), 1, Integer::sum));
            out.append(String.format("  %-40s %-9s %3d  %s%n", id, ms.get(0).actor().origin(), ms.size(), spelt.keySet()));
        });
        out.append("Names the recogniser found that are no actor mention:\n");
        for (ResolvedDocument d : resolved) {
            Set<String> left = new LinkedHashSet<>();
            for (var n : d.document().mentions()) {
                if (n.type() != dev.faultline.domain.text.EntityType.PERSON && n.type() != dev.faultline.domain.text.EntityType.ORGANIZATION) continue;
                if (d.actors().stream().noneMatch(m -> m.begin() < n.end() && n.begin() < m.end())) left.add(n.type() + ":" + n.text());
            }
            out.append("  ").append(d.document().article().source().display()).append(": ").append(left).append('\n');
        }
        System.out.print(out);
    }
}
