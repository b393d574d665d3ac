package dev.faultline.events.sources;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the words naming a source into a link: what kind of source it is and the actor it resolves
 * to. Unnamed people ("our sources", "an unnamed spokesman of the rebel group Al-Nasr Army") are
 * anonymous, resolved to the organization they speak from when the words name one; a medium is a
 * medium; a named person is an official when the words or the actor give an office, else named; an
 * organization or state speaks as an organization or officially.
 */
final class SourceReader {
    private SourceReader() {
    }

    /** A definite description of a medium ("the news outlet", "the report") with no name of its own: it refers back. */
    static boolean mediumAnaphor(Sentence s, int[] span, List<ActorMention> actors) {
        List<Token> ts = s.tokens();
        if (!word(ts.get(span[0])).equals("the") && !word(ts.get(span[0])).equals("this")) return false;
        for (int t = span[0]; t < span[1]; t++) if (ts.get(t).pos().startsWith("NNP")) return false;
        return inside(actors, span).isEmpty() && Speech.MEDIUM_ANAPHORA.contains(word(ts.get(span[1] - 1)));
    }

    /** A pronoun alone ("He said"): who it is comes from coreference, else from the last speaker. */
    static boolean pronoun(Sentence s, int[] span) {
        return span[1] - span[0] == 1 && s.tokens().get(span[0]).pos().equals("PRP");
    }

    /** The link the words name, or null when they name no one who speaks. */
    static Attribution read(AnnotatedDocument doc, Sentence s, int[] span, List<ActorMention> actors) {
        List<Token> ts = s.tokens();
        int begin = ts.get(span[0]).begin(), end = ts.get(span[1] - 1).end();
        String text = doc.text(begin, end);
        List<ActorMention> in = inside(actors, span);
        Optional<ActorMention> medium = in.stream().filter(m -> m.actor().sector() == Sector.MED)
                .min(java.util.Comparator.comparing(m -> m.actor().origin() != ActorRef.Origin.KNOWN));   // Bas News before "Iraqi media"
        Optional<ActorMention> person = in.stream().filter(m -> m.actor().kind() == ActorKind.PERSON).findFirst();
        Optional<ActorMention> body = in.stream().filter(m -> m.actor().kind() != ActorKind.PERSON && m.actor().sector() != Sector.MED
                && (m.actor().origin() == ActorRef.Origin.KNOWN || m.actor().country() != null)).findFirst();   // not "military" of no one
        boolean named = person.isPresent() || hasNer(doc, s, span, EntityType.PERSON);
        boolean unnamed = !named && (unnamedHead(s, span) || hasWord(s, span, Speech.ANONYMOUS));
        if (unnamed) return new Attribution(text, AttributionKind.ANONYMOUS, medium.or(() -> body).map(ActorMention::actor).orElse(null), begin, end);
        if (medium.isPresent() || mediaHead(s, span)) {
            return new Attribution(text, AttributionKind.MEDIA, medium.map(ActorMention::actor).orElse(null), begin, end);
        }
        if (named) {
            ActorRef who = person.map(ActorMention::actor).orElse(null);
            boolean office = hasWord(s, span, Speech.OFFICES) || who != null && who.sector() != null && who.sector().isStateOrgan();
            return new Attribution(text, office ? AttributionKind.OFFICIAL : AttributionKind.NAMED, who, begin, end);
        }
        if (body.isPresent()) {
            ActorRef org = body.get().actor();
            boolean state = org.kind() == ActorKind.STATE || org.sector() != null && org.sector().isStateOrgan();
            return new Attribution(text, state ? AttributionKind.OFFICIAL : AttributionKind.ORGANIZATION, org, begin, end);
        }
        if (Speech.OFFICES.contains(word(ts.get(head(s, span))))) {      // "the minister said": an official the report does not name here
            return new Attribution(text, AttributionKind.OFFICIAL, in.stream().map(ActorMention::actor).findFirst().orElse(null), begin, end);
        }
        Optional<ActorMention> group = in.stream().filter(m -> m.actor().kind() != ActorKind.PERSON && m.actor().sector() != Sector.MED).findFirst();
        if (group.isPresent()) return new Attribution(text, AttributionKind.ORGANIZATION, group.get().actor(), begin, end);   // "the rebels"
        if (hasNer(doc, s, span, EntityType.ORGANIZATION)) return new Attribution(text, AttributionKind.ORGANIZATION, null, begin, end);
        if (ts.get(span[0]).pos().startsWith("NNP") || ts.get(head(s, span)).pos().startsWith("NNP")) {
            return new Attribution(text, AttributionKind.MEDIA, null, begin, end);   // "Ahram found", "told the Daily Ledger": a name that reports
        }
        String head = word(ts.get(head(s, span)));
        if (Speech.RUMOUR_NOUNS.contains(head) || Speech.DOCUMENTS.contains(head)) return new Attribution(text, AttributionKind.ANONYMOUS, null, begin, end);
        return null;                                                   // "an agreement that says", "the facts confirm": no one speaks
    }

    /** The same source met again in other words: "He" for the minister, "the news outlet" for Ahram Online. */
    static Attribution again(Attribution antecedent, AnnotatedDocument doc, Sentence s, int[] span) {
        List<Token> ts = s.tokens();
        int begin = ts.get(span[0]).begin(), end = ts.get(span[1] - 1).end();
        return new Attribution(doc.text(begin, end), antecedent.kind(), antecedent.actor(), begin, end);
    }

    static List<ActorMention> inside(List<ActorMention> actors, int[] span) {
        return actors.stream().filter(m -> m.tokenBegin() >= span[0] && m.tokenBegin() < span[1]).toList();
    }

    /** The phrase's head (its last noun before an "of" or a comma) is a person left unnamed. */
    private static boolean unnamedHead(Sentence s, int[] span) {
        return Speech.UNNAMED.contains(word(s.tokens().get(head(s, span))));
    }

    private static boolean mediaHead(Sentence s, int[] span) {
        return Speech.MEDIA.contains(word(s.tokens().get(head(s, span))));
    }

    private static int head(Sentence s, int[] span) {
        List<Token> ts = s.tokens();
        int h = span[0];
        for (int t = span[0]; t < span[1]; t++) {
            String w = word(ts.get(t));
            if (w.equals("of") || w.equals(",") || w.equals("who") || w.equals("from")) break;
            if (ts.get(t).isNoun()) h = t;
        }
        return h;
    }

    private static boolean hasWord(Sentence s, int[] span, java.util.Set<String> words) {
        for (int t = span[0]; t < span[1]; t++) if (words.contains(word(s.tokens().get(t)))) return true;
        return false;
    }

    private static boolean hasNer(AnnotatedDocument doc, Sentence s, int[] span, EntityType type) {
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type() == type && m.tokenBegin() >= span[0] && m.tokenBegin() < span[1]) return true;
        }
        return false;
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
