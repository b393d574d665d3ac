package dev.faultline.nlp;

import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CoreNLP's neural dependency parser over Faultline sentences: rebuilds CoreNLP tokens from our
 * tokens (word, tag, lemma, offsets), parses, and reads back the enhanced++ graph. The annotator is
 * loaded once and shared; CoreNLP runs it from many threads in its own multi-threaded mode.
 */
final class DependencyParsing {
    private final DependencyParseAnnotator annotator;

    DependencyParsing() {
        this.annotator = new DependencyParseAnnotator(CoreNlpConfig.depparse());
    }

    /** Graphs for the given sentences, by sentence index. */
    Map<Integer, DependencyGraph> parse(List<Sentence> sentences) {
        List<CoreMap> maps = new ArrayList<>(sentences.size());
        List<CoreLabel> all = new ArrayList<>();
        for (Sentence s : sentences) {
            List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                CoreLabel l = new CoreLabel();
                l.setWord(t.word());
                l.setValue(t.word());
                l.setOriginalText(t.word());
                l.setTag(t.pos());
                l.setLemma(t.lemma());
                l.setIndex(t.index() + 1);
                l.setSentIndex(maps.size());
                l.setBeginPosition(t.begin());
                l.setEndPosition(t.end());
                labels.add(l);
            }
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, labels);
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
            maps.add(m);
            all.addAll(labels);
        }
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        annotator.annotate(doc);
        Map<Integer, DependencyGraph> out = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            SemanticGraph g = maps.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) out.put(sentences.get(i).index(), toGraph(g));
        }
        return out;
    }

    /** Our graph from CoreNLP's: 0-based token indices; copy nodes of enhanced++ fold onto their originals. */
    private static DependencyGraph toGraph(SemanticGraph g) {
        Set<Dependency> edges = new LinkedHashSet<>();
        for (IndexedWord root : g.getRoots()) edges.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            edges.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        List<Dependency> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        return new DependencyGraph(sorted);
    }
}
