package dev.faultline.eval.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A fact's actor: a case-insensitive regular expression searched (not anchored) in an actor's words,
 * which are its {@code id}, {@code name}, {@code text} and every entry of its {@code lineage}, joined
 * by spaces — so {@code hezbollah} matches an actor whose lineage runs up to Hezbollah.
 */
record ActorPattern(String source, Pattern pattern) {
    /** Compiles {@code regex}; a bad one fails with the pattern and where it is wrong. */
    static ActorPattern of(String regex) {
        try {
            return new ActorPattern(regex, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a regular expression: " + e.getDescription(), e);
        }
    }

    boolean matches(JsonNode actor) {
        return matchesWords(words(actor));
    }

    boolean matchesWords(String words) {
        return pattern.matcher(words).find();
    }

    /** Whether some actor of {@code actors} (an array of actor references) matches. */
    boolean matchesAny(JsonNode actors) {
        for (JsonNode a : actors) if (matches(a)) return true;
        return false;
    }

    /** An actor reference's words: id, name, text and lineage, joined by spaces (missing fields left out). */
    static String words(JsonNode actor) {
        List<String> w = new ArrayList<>();
        for (String field : new String[] {"id", "name", "text"}) {
            JsonNode v = actor.path(field);
            if (v.isTextual()) w.add(v.asText());
        }
        for (JsonNode l : actor.path("lineage")) if (l.isTextual()) w.add(l.asText());
        return String.join(" ", w);
    }

    @Override
    public String toString() {
        return source;
    }
}
