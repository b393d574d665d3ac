package dev.faultline.nlp;

import dev.faultline.domain.Article;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.MentionValue;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.nlp.ner.FineTyper;
import dev.faultline.nlp.ner.TokenSpan;
import dev.faultline.nlp.number.NumberNormalizer;
import dev.faultline.nlp.number.QuantityMatch;
import dev.faultline.nlp.time.DateNormalizer;
import dev.faultline.nlp.time.TimeMatch;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a CoreNLP annotation of an article's text into Faultline's {@link AnnotatedDocument}: copies
 * tokens and sentences, groups the CRF's tags into mentions, adds fine types, dates and quantities.
 * Thread-safe (holds only thread-safe collaborators).
 */
final class DocumentBuilder {
    private final FineTyper fineTyper;
    private final DateNormalizer dates = new DateNormalizer();
    private final NumberNormalizer numbers = new NumberNormalizer();

    DocumentBuilder(FineTyper fineTyper) {
        this.fineTyper = fineTyper;
    }

    AnnotatedDocument build(Article article, Annotation annotation) {
        // a report dated only by month or year may be from its last day: "December 15th" in a report of
        // December 2015 is that December, not the one before
        Optional<LocalDate> published = Optional.ofNullable(article.published()).map(p -> p.date().end());
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            int index = sentences.size();
            List<Token> tokens = new ArrayList<>(labels.size());
            List<String> words = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String word = text.substring(l.beginPosition(), l.endPosition());
                tokens.add(new Token(tokens.size(), l.beginPosition(), l.endPosition(), word,
                        l.lemma() == null ? word : l.lemma(), l.tag() == null ? "" : l.tag()));
                words.add(word);
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            Sentence sentence = new Sentence(index, begin, end, tokens);
            sentences.add(sentence);
            addMentions(sentence, words, labels, published, text, mentions);
        }
        return new AnnotatedDocument(article, sentences, mentions);
    }

    private void addMentions(Sentence sentence, List<String> words, List<CoreLabel> labels,
                             Optional<LocalDate> published, String text, List<Mention> out) {
        boolean[] taken = new boolean[words.size()];
        boolean[] named = new boolean[words.size()];
        for (TokenSpan span : fineTyper.apply(words, coarseSpans(labels))) {
            for (int k = span.begin(); k < span.end(); k++) {
                taken[k] = true;
                if (span.type() == EntityType.PERSON || span.type() == EntityType.ORGANIZATION) named[k] = true;
            }
            out.add(mention(sentence, span.type(), span.begin(), span.end(), null, text));
        }
        if (DateNormalizer.mayHoldDate(words)) {
            for (TimeMatch m : dates.find(words, published)) {
                if (any(named, m.begin(), m.end())) continue; // "Theresa May", "Hezbollah's August 2006 war" stays a name
                for (int k = m.begin(); k < m.end(); k++) taken[k] = true;
                out.add(mention(sentence, m.type(), m.begin(), m.end(), m.value().orElse(null), text));
            }
        }
        for (QuantityMatch m : numbers.find(words, k -> taken[k])) {
            out.add(mention(sentence, m.type(), m.begin(), m.end(), m.value(), text));
        }
    }

    /** Consecutive tokens with the same CRF tag, other than O. */
    private static List<TokenSpan> coarseSpans(List<CoreLabel> labels) {
        List<TokenSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            EntityType type = coarseType(labels.get(i).ner());
            int j = i + 1;
            if (type != null) {
                while (j < labels.size() && type == coarseType(labels.get(j).ner())) j++;
                spans.add(new TokenSpan(type, i, j));
            }
            i = j;
        }
        return spans;
    }

    private static EntityType coarseType(String tag) {
        if (tag == null) return null;
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    private static boolean any(boolean[] flags, int begin, int end) {
        for (int k = begin; k < end; k++) if (flags[k]) return true;
        return false;
    }

    private static Mention mention(Sentence s, EntityType type, int tokenBegin, int tokenEnd, MentionValue value, String text) {
        int begin = s.tokens().get(tokenBegin).begin();
        int end = s.tokens().get(tokenEnd - 1).end();
        return new Mention(type, begin, end, s.index(), tokenBegin, tokenEnd, text.substring(begin, end), Optional.ofNullable(value));
    }
}
