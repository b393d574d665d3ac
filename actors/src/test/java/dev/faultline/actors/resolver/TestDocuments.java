package dev.faultline.actors.resolver;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annotated documents for resolver tests, without CoreNLP: words and punctuation become tokens
 * (possessive 's split off, as CoreNLP does), a full stop followed by a space ends a sentence, and
 * the recogniser's names are given as "PERSON:Ahmed Rahal" (first occurrence) or "PERSON:Rahal#2" (second).
 */
final class TestDocuments {
    private static final Pattern TOKEN = Pattern.compile("['’]s\\b|[\\p{L}\\p{N}]+(?:[-'’](?!s\\b)[\\p{L}\\p{N}]+)*|\\S");

    private TestDocuments() {
    }

    private static final java.util.Set<String> VERBS = java.util.Set.of("has", "have", "had", "is", "are", "was", "were",
            "will", "would", "said", "says", "say", "denied", "agreed", "warned", "met", "spoke", "struck", "won", "follow", "added",
            "told", "left", "sent", "flew", "set", "host", "fell");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "from", "with", "on", "against",
            "by", "of", "at", "near", "into", "across", "without", "after", "that");

    /** A rough part of speech, enough for the rules that look at verbs, prepositions and proper nouns. */
    static String tag(String w) {
        String l = w.toLowerCase();
        if (VERBS.contains(l) || l.length() > 4 && l.endsWith("ed") && Character.isLowerCase(w.charAt(0))) return "VBD";
        if (PREPOSITIONS.contains(l)) return "IN";
        if (l.equals("to")) return "TO";
        if (l.equals("his") || l.equals("its") || l.equals("their")) return "PRP$";
        if (l.equals("and") || l.equals("or")) return "CC";
        if (l.equals(",")) return ",";
        if (l.equals("he") || l.equals("she") || l.equals("it") || l.equals("they") || l.equals("him")) return "PRP";
        return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
    }

    static AnnotatedDocument doc(String published, String text, String... names) {
        Article a = new Article(ArticleId.of(text), new Source("test.txt", Source.Format.TEXT, 0), null, null, null,
                published == null ? null : PublishedDate.known(PartialDate.parse(published).orElseThrow()), "en", null,
                text, text, List.of(), List.of());
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int sentenceBegin = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(tokens.size(), m.start(), m.end(), w, w.toLowerCase(), tag(w)));
            if (w.equals(".") || w.equals("?") || w.equals("!")) {
                sentences.add(new Sentence(sentences.size(), sentenceBegin, m.end(), tokens));
                tokens = new ArrayList<>();
                sentenceBegin = m.end();
            }
        }
        if (!tokens.isEmpty()) sentences.add(new Sentence(sentences.size(), sentenceBegin, text.length(), tokens));
        List<Mention> mentions = new ArrayList<>();
        for (String n : names) {
            EntityType type = EntityType.valueOf(n.substring(0, n.indexOf(':')));
            String name = n.substring(n.indexOf(':') + 1);
            int occurrence = 1;
            if (name.matches(".*#\\d+")) {
                occurrence = Integer.parseInt(name.substring(name.lastIndexOf('#') + 1));
                name = name.substring(0, name.lastIndexOf('#'));
            }
            int begin = -1;
            for (int i = 0; i < occurrence; i++) begin = text.indexOf(name, begin + 1);
            if (begin < 0) throw new IllegalArgumentException("'" + name + "' is not in the text " + occurrence + " times");
            int from = begin;
            int end = begin + name.length();
            for (Sentence s : sentences) {
                List<Token> in = s.tokens().stream().filter(t -> t.begin() >= from && t.end() <= end).toList();
                if (in.isEmpty()) continue;
                mentions.add(new Mention(type, from, end, s.index(), in.get(0).index(), in.get(in.size() - 1).index() + 1, name, Optional.empty()));
            }
        }
        return new AnnotatedDocument(a, sentences, mentions);
    }
}
