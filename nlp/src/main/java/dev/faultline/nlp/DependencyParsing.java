package dev.faultline.nlp;

import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * CoreNLP's neural dependency parser over Faultline sentences: rebuilds CoreNLP tokens from our
 * tokens (word, tag, lemma, offsets), parses, and converts the parse to the enhanced++ graph only.
 * CoreNLP's annotator converts every parse into five graphs (basic, collapsed, cc-processed, enhanced,
 * enhanced++), four of which Faultline never reads: a fifth of the parse's time (BENCHMARKS.md, issue 14);
 * the graph made here is the annotator's enhanced++ graph. The parser is loaded once and shared: its
 * {@code predict} is safe from many threads (CoreNLP's annotator runs it so).
 */
final class DependencyParsing {
    private final DependencyParser parser;

    DependencyParsing() {
        this.parser = DependencyParser.loadFromModelFile(CoreNlpConfig.DEPPARSE_UD, new Properties());
    }

    /** Graphs for the given sentences, by sentence index. */
    Map<Integer, DependencyGraph> parse(List<Sentence> sentences) {
        List<CoreMap> maps = new ArrayList<>(sentences.size());
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
        }
        Map<Integer, DependencyGraph> out = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            GrammaticalStructure gs = parser.predict(maps.get(i));
            SemanticGraph g = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                    GrammaticalStructure.Extras.NONE, null);
            out.put(sentences.get(i).index(), toGraph(g));
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
