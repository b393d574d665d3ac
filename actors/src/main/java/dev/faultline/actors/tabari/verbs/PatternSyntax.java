package dev.faultline.actors.tabari.verbs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The syntax of one line of a verb dictionary: patterns, verb lines and synset members. Each method
 * throws {@link IllegalArgumentException} with a reason a person can act on; the reader turns it into
 * a problem naming the file and line. Repairs that keep the line are reported to {@code warn}.
 */
final class PatternSyntax {
    /** A bound on what one line's {@code {A | B}} sets may expand to, so a careless line cannot exhaust memory. */
    static final int MAX_ALTERNATIVES = 1024;

    private PatternSyntax() {}

    /** A verb line's parts: {@code VERB {FORMS} [CODE]}; {@code code} is null when the line has none. */
    record VerbLine(VerbForm lemma, List<VerbForm> forms, boolean regular, VerbCode code) {}

    /**
     * The patterns of one pattern line's body (after the dash, without comment): more than one when
     * TABARI {@code {A | B}} alternatives are expanded.
     */
    static List<VerbPattern> patterns(String body, String comment, String file, int line, Consumer<String> warn) {
        int open = body.lastIndexOf('[');
        if (open < 0) throw new IllegalArgumentException("a pattern without a [code]");
        int close = body.indexOf(']', open);
        if (close < 0) throw new IllegalArgumentException("an unclosed [code");
        VerbCode code = code(body.substring(open + 1, close), warn);
        String rest = body.substring(close + 1).strip();
        if (!rest.isEmpty()) warn.accept("text after the [code] ignored: '" + rest + "'");
        String text = body.substring(0, open);
        if (text.indexOf('"') >= 0) {
            // Parsers turn quotation marks into tokens of their own, never part of a word.
            warn.accept("quotation marks in a pattern dropped");
            text = text.replace("\"", "");
        }
        // TABARI legacy, as PETRARCH reads it: a word ending in '_' before a space is an open match.
        text = text.replaceAll("_(?=\\s|$)", " ");
        List<VerbPattern> out = new ArrayList<>();
        for (String alternative : alternatives(text)) {
            out.add(pattern(alternative, code, comment, file, line));
        }
        return out;
    }

    /**
     * Expands TABARI disjunctive sets, {@code {A | B}}, into one text per choice. Braces without a
     * {@code |} are PETRARCH 2 noun phrases and are left for {@link #pattern}.
     */
    static List<String> alternatives(String text) {
        int open = -1;
        int close = -1;
        for (int from = 0; (open = text.indexOf('{', from)) >= 0; from = open + 1) {
            close = text.indexOf('}', open);
            if (close < 0) throw new IllegalArgumentException("an unclosed '{'");
            if (text.substring(open + 1, close).indexOf('|') >= 0) break;
        }
        if (open < 0) return List.of(text);
        String inside = text.substring(open + 1, close);
        if (inside.indexOf('{') >= 0) throw new IllegalArgumentException("nested '{' alternatives");
        List<String> out = new ArrayList<>();
        for (String choice : inside.split("\\|", -1)) {
            if (choice.isBlank()) throw new IllegalArgumentException("an empty choice in {" + inside + "}");
            out.addAll(alternatives(text.substring(0, open) + " " + choice.strip() + " " + text.substring(close + 1)));
            if (out.size() > MAX_ALTERNATIVES) {
                throw new IllegalArgumentException("more than " + MAX_ALTERNATIVES + " patterns from its {A | B} alternatives");
            }
        }
        return out;
    }

    /** One piece of a pattern's text; {@code tight} when only '_' (or nothing) separates it from the piece before. */
    private record Piece(String text, boolean tight) {
        boolean structural() {
            return text.length() == 1 && "(){}".indexOf(text.charAt(0)) >= 0;
        }
    }

    private static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean gap = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                gap = true;
                i++;
            } else if (c == '_') {
                i++;
            } else if ("*(){}".indexOf(c) >= 0) {
                out.add(new Piece(String.valueOf(c), !gap && !out.isEmpty()));
                // A bracket separates: the word after it is not joined to the word before it.
                gap = c != '*';
                i++;
            } else {
                int j = i + 1;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && "_*(){}".indexOf(text.charAt(j)) < 0) j++;
                out.add(new Piece(text.substring(i, j), !gap && !out.isEmpty()));
                gap = false;
                i = j;
            }
        }
        return out;
    }

    /**
     * One pattern: TABARI-style words in order, or, when it has {@code (...)} or {@code {...}}, PETRARCH 2
     * noun and prepositional phrases (see {@link PatternToken.Role}).
     */
    private static VerbPattern pattern(String text, VerbCode code, String comment, String file, int line) {
        List<Piece> pieces = pieces(text);
        boolean structured = pieces.stream().anyMatch(Piece::structural);
        List<PatternToken> before = new ArrayList<>();
        List<PatternToken> after = new ArrayList<>();
        List<PatternToken> side = before;
        boolean sawVerb = false;
        int phrases = 0;
        int inPhrase = 0;
        boolean expectPreposition = false;
        List<PatternToken> nounPhrase = null;
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            switch (p.text()) {
                case "*" -> {
                    if (sawVerb) throw new IllegalArgumentException("a pattern with more than one verb slot *");
                    if (inPhrase > 0 || nounPhrase != null) throw new IllegalArgumentException("the verb slot * inside a phrase");
                    sawVerb = true;
                    side = after;
                    phrases = 0;
                }
                case "(" -> {
                    if (inPhrase > 0) throw new IllegalArgumentException("a '(' inside a prepositional phrase");
                    if (nounPhrase != null) throw new IllegalArgumentException("a '(' inside a {noun phrase}");
                    inPhrase = ++phrases;
                    expectPreposition = true;
                }
                case ")" -> {
                    if (inPhrase == 0) throw new IllegalArgumentException("a ')' without its '('");
                    if (expectPreposition) throw new IllegalArgumentException("an empty prepositional phrase ()");
                    if (nounPhrase != null) throw new IllegalArgumentException("a '{' not closed before ')'");
                    inPhrase = 0;
                }
                case "{" -> {
                    if (nounPhrase != null) throw new IllegalArgumentException("a '{' inside a {noun phrase}");
                    if (expectPreposition) throw new IllegalArgumentException("a prepositional phrase must start with its preposition");
                    nounPhrase = new ArrayList<>();
                }
                case "}" -> {
                    if (nounPhrase == null) throw new IllegalArgumentException("a '}' without its '{'");
                    if (nounPhrase.isEmpty()) throw new IllegalArgumentException("an empty {noun phrase}");
                    // PETRARCH 2: the last word of a noun phrase is its head, the others describe it.
                    nounPhrase.set(nounPhrase.size() - 1, nounPhrase.get(nounPhrase.size() - 1).as(PatternToken.Role.HEAD));
                    side.addAll(nounPhrase);
                    nounPhrase = null;
                }
                default -> {
                    boolean adjacent = side == before
                            ? k + 1 < pieces.size() && !pieces.get(k + 1).structural() && pieces.get(k + 1).tight()
                            : p.tight();
                    if (!structured) {
                        side.add(token(p.text(), adjacent, PatternToken.Role.LINEAR, 0));
                    } else if (expectPreposition) {
                        PatternToken prep = token(p.text(), adjacent, PatternToken.Role.LINEAR, 0);
                        if (prep.kind() != PatternToken.Kind.WORD) {
                            throw new IllegalArgumentException("a prepositional phrase must start with its preposition, not " + p.text());
                        }
                        side.add(token(p.text(), adjacent, PatternToken.Role.PREPOSITION, inPhrase));
                        expectPreposition = false;
                    } else if (nounPhrase != null) {
                        nounPhrase.add(token(p.text(), adjacent, PatternToken.Role.MODIFIER, inPhrase));
                    } else {
                        side.add(token(p.text(), adjacent, PatternToken.Role.HEAD, inPhrase));
                    }
                }
            }
        }
        if (!sawVerb) throw new IllegalArgumentException("a pattern without the verb slot *");
        if (inPhrase > 0) throw new IllegalArgumentException("an unclosed '(' prepositional phrase");
        if (nounPhrase != null) throw new IllegalArgumentException("an unclosed '{' noun phrase");
        return new VerbPattern(before, after, code, comment, file, line);
    }

    private static PatternToken token(String piece, boolean adjacent, PatternToken.Role role, int phrase) {
        if (piece.length() > 1 && "$+%^".indexOf(piece.charAt(0)) >= 0) {
            throw new IllegalArgumentException("a marker joined to a word without '_': '" + piece + "'");
        }
        if (piece.indexOf('&', 1) >= 0 || piece.equals("&")) throw new IllegalArgumentException("a misplaced '&' in '" + piece + "'");
        for (char bad : new char[] {'[', ']', '{', '}', '|', '(', ')'}) {
            if (piece.indexOf(bad) >= 0) throw new IllegalArgumentException("a '" + bad + "' in pattern word '" + piece + "'");
        }
        return PatternToken.of(piece, adjacent, role, phrase);
    }

    /** Parses {@code VERB {FORMS} [CODE]} (comment already removed); {@code {...}} and {@code [...]} in either order. */
    static VerbLine verbLine(String content, Consumer<String> warn) {
        String t = content;
        VerbCode code = null;
        int open = t.indexOf('[');
        if (open >= 0) {
            int close = t.indexOf(']', open);
            if (close < 0) throw new IllegalArgumentException("an unclosed [code");
            code = code(t.substring(open + 1, close), warn);
            t = t.substring(0, open) + " " + t.substring(close + 1);
        }
        String irregular = null;
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int close = t.indexOf('}', brace);
            if (close < 0) throw new IllegalArgumentException("an unclosed {forms}");
            irregular = t.substring(brace + 1, close);
            String after = t.substring(close + 1).strip();
            if (!after.isEmpty()) warn.accept("text after the {forms} ignored: '" + after + "'");
            t = t.substring(0, brace);
        } else if (t.indexOf('}') >= 0) {
            throw new IllegalArgumentException("a '}' without its '{'");
        }
        String lemmaText = t.strip();
        if (lemmaText.isEmpty()) throw new IllegalArgumentException("a verb line without a verb");
        if (lemmaText.chars().anyMatch(Character::isWhitespace)) {
            warn.accept("words of a verb joined by spaces; read as joined by '_': '" + lemmaText + "'");
            lemmaText = lemmaText.replaceAll("\\s+", "_");
        }
        VerbForm lemma = form(lemmaText, -1, warn);
        Set<VerbForm> forms = new LinkedHashSet<>();
        forms.add(lemma);
        if (irregular == null) {
            for (String f : EnglishForms.regularVerb(lemma.verb())) forms.add(lemma.withVerb(f));
        } else {
            // Forms are separated by spaces; a few dictionaries put commas between them too.
            for (String f : irregular.strip().split("[\\s,]+")) {
                if (f.isEmpty()) continue;
                try {
                    forms.add(form(f, lemma.isMultiWord() ? lemma.verbIndex() : -1, warn));
                } catch (IllegalArgumentException e) {
                    warn.accept(e.getMessage() + " (that form skipped, the verb kept)");
                }
            }
        }
        return new VerbLine(lemma, List.copyOf(forms), irregular == null, code);
    }

    /**
     * A code in {@code [...]}; a stray {@code !} or {@code ?} after it (a coder's flag in the CAMEO
     * files, e.g. {@code [080!]}) is dropped with a warning.
     */
    static VerbCode code(String text, Consumer<String> warn) {
        String t = text.strip();
        String bare = t.replaceAll("[!?]+$", "");
        if (!bare.equals(t) && !bare.isEmpty()) {
            warn.accept("code '" + t + "' read as '" + bare + "'");
            return VerbCode.parse(bare);
        }
        return VerbCode.parse(t);
    }

    /**
     * One verb form such as {@code SAID}, {@code +CLEAR_UP} or {@code RE_+ARREST}. A multi-word form
     * without {@code +} takes {@code defaultIndex}, or its first word (with a warning) when that is -1.
     */
    static VerbForm form(String text, int defaultIndex, Consumer<String> warn) {
        List<String> words = new ArrayList<>();
        int plus = -1;
        for (String piece : text.split("_")) {
            if (piece.isEmpty()) continue;
            String w = piece;
            if (w.startsWith("+")) {
                if (plus >= 0) throw new IllegalArgumentException("a verb with two '+' words: " + text);
                plus = words.size();
                w = w.substring(1);
            }
            if (w.isEmpty() || !w.matches("[A-Za-z0-9'.-]+")) {
                throw new IllegalArgumentException("not a word of a verb: '" + piece + "' in " + text);
            }
            words.add(w.toUpperCase(Locale.ROOT));
        }
        if (words.isEmpty()) throw new IllegalArgumentException("an empty verb form: '" + text + "'");
        if (plus < 0) {
            if (words.size() == 1) plus = 0;
            else if (defaultIndex >= 0 && defaultIndex < words.size()) plus = defaultIndex;
            else {
                warn.accept("multi-word verb " + text + " does not mark its verb word with '+'; its first word is taken");
                plus = 0;
            }
        }
        return new VerbForm(words, plus);
    }

    /** One {@code +PHRASE} synset member (the '+' removed); a trailing '_' turns plurals off. */
    static Synset.Member member(String text, boolean labelPlural) {
        String t = text.strip();
        boolean plural = labelPlural && !t.endsWith("_");
        List<String> words = new ArrayList<>();
        for (String piece : t.split("[\\s_]+")) {
            if (piece.isEmpty()) continue;
            if (piece.matches(".*[$%^*+\\[\\]{}|].*") || piece.indexOf('&', 1) >= 0) {
                throw new IllegalArgumentException("a synset member can hold only words: '" + piece + "'");
            }
            words.add(piece.toUpperCase(Locale.ROOT));
        }
        if (words.isEmpty()) throw new IllegalArgumentException("an empty synset member");
        if (words.get(0).startsWith("&")) plural = false;
        return new Synset.Member(words, plural);
    }
}
