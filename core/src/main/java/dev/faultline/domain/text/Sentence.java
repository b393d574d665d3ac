package dev.faultline.domain.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence: its character range in the article's text, its tokens, and its dependency parse
 * when this sentence was parsed (parsing is on demand; see {@link AnnotatedDocument#withParses}).
 *
 * @param index 0-based position in the document
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, Optional<DependencyGraph> parse) {
    public Sentence {
        Objects.requireNonNull(parse, "parse");
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        if (index < 0) throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence offsets [" + begin + ", " + end + ") for sentence " + index);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("sentence " + index + ": token " + i + " has index " + t.index());
            }
            if (t.begin() < begin || t.end() > end) {
                throw new IllegalArgumentException("sentence " + index + ": token '" + t.word() + "' lies outside ["
                        + begin + ", " + end + ")");
            }
        }
        if (parse.isPresent()) {
            for (Dependency e : parse.get().edges()) {
                if (e.dependent() >= tokens.size() || e.governor() >= tokens.size()) {
                    throw new IllegalArgumentException("sentence " + index + ": dependency " + e + " beyond its "
                            + tokens.size() + " tokens");
                }
            }
        }
    }

    public Sentence(int index, int begin, int end, List<Token> tokens) {
        this(index, begin, end, tokens, Optional.empty());
    }

    public Sentence withParse(DependencyGraph graph) {
        return new Sentence(index, begin, end, tokens, Optional.of(graph));
    }

    public boolean isParsed() {
        return parse.isPresent();
    }

    /** The words of the tokens, in order (for phrase lookup). */
    public List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }
}
