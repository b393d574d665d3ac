package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names the entity recogniser found that the knowledge base lacks ({@link Candidates} says which may
 * be actors). A person named again by surname alone is the same candidate; a name whose last words
 * are a known person ("Hassan Nasrallah" where the base has "Nasrallah") is that person; a name the
 * report gave before in another spelling or as an abbreviation in brackets is that actor ({@link
 * DocumentNames}); a body's name with its people's noun ("RSF fighters") is the body.
 */
final class CandidateRule implements Rule {
    private final ResolutionContext c;
    /** Candidate people of this document by surname, so "Rahal" after "Ahmed Rahal" is the same person. */
    private final Map<String, ActorRef> bySurname = new HashMap<>();

    CandidateRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        if (w > 0 && words.token.get(w - 1).equals(words.token.get(w))) return -1;
        Mention name = c.nameAt(w);
        if (name == null) return -1;
        int end = w;
        while (end < words.size() && words.token.get(end) < name.tokenEnd()) end++;
        for (int i = w + 1; i < end; i++) {
            Optional<DocumentAliases.Match> inner = c.bestAlias(i);
            if (inner.isEmpty()) continue;
            // "Hassan Nasrallah" where the base has "Nasrallah": the whole name is the known person
            if (name.type() == EntityType.PERSON && inner.get().end() == end && inner.get().actor().kind() == ActorKind.PERSON) {
                if (!sameGivenNames(words, w, i, inner.get().actor())) break;      // "Rafiq Hariri": another Hariri
                c.emit(w, end, c.knownRef(inner.get().actor().id()), MentionBasis.ALIAS, 0.85);
                return end;
            }
            return -1;
        }
        ActorKind kind = name.type() == EntityType.PERSON ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        String text = c.doc.text(words.tokenOf(w).begin(), words.tokenOf(end - 1).end());
        Optional<ActorRef> named = c.names.abbreviation(text).or(() -> c.names.spelling(text))
                .filter(r -> r.kind() == kind || kind == ActorKind.ORGANIZATION);     // "NSC" as introduced, "Julani" for "al-Jolani"
        if (named.isEmpty() && !Candidates.acceptable(words, w, end, c.kb, c.lowercaseWords)) return end;
        ActorRef ref;
        if (named.isPresent()) {
            ref = named.get();
        } else if (kind == ActorKind.PERSON) {
            String surname = words.loose(end - 1);
            ActorRef seen = bySurname.get(surname);
            ref = seen != null && (end - w == 1 || seen.name().equalsIgnoreCase(text)) ? seen : c.refs.candidate(text, kind);
            bySurname.putIfAbsent(surname, ref);
        } else {
            ref = partOf(words, w, end).map(body -> c.refs.candidatePartOf(text, kind, body)).orElseGet(() -> c.refs.candidate(text, kind));
        }
        int last = end;
        if (kind == ActorKind.ORGANIZATION) {                               // "RSF fighters": the group itself
            Optional<PhraseTrie.Match<GenericOrgan>> members = c.vocab.organs.longestAt(words.loose, end);
            if (members.isPresent() && !words.anyCapital(end, members.get().end())
                    && members.get().first().relation() == GenericOrgan.Relation.OF_COUNTRY) last = members.get().end();
        }
        c.emit(w, last, ref, MentionBasis.CANDIDATE, 0.5);
        Optional<ActorMention> mention = c.endingAt(last);
        if (mention.isEmpty()) return last;
        if (named.isPresent()) c.alias(mention.get(), text);
        if (last > end && ResolutionContext.faction(c.vocab.organs.longestAt(words.loose, end).get().first())) {
            c.describe(mention.get(), c.vocab.organs.longestAt(words.loose, end).get().first(), null, end, last);
        }
        return abbreviation(mention.get(), last);
    }

    /**
     * The known organisation a name the base lacks is a part of: its first words name that organisation
     * and its last word is a part of a body ("the NCRI Security and Anti-terrorism Committee" is the
     * NCRI's); states and people are left out ("Iran Air" is no organ of Iran's).
     */
    private Optional<ActorRef> partOf(Words words, int w, int end) {
        Optional<DocumentAliases.Match> first = c.bestAlias(w);
        if (first.isEmpty() || first.get().end() >= end || first.get().ambiguous()
                || first.get().actor().kind() == ActorKind.STATE || first.get().actor().kind() == ActorKind.PERSON || !c.vocab.bodyParts.contains(words.loose(end - 1))) {
            return Optional.empty();
        }
        return Optional.of(c.knownRef(first.get().actor().id()));
    }

    /**
     * Whether the given names before a known person's surname fit that person: "Sayyed Hassan Nasrallah"
     * is Hassan Nasrallah, "Rafiq Hariri" is not Saad Hariri. Names that share a word with the person's
     * full name fit, as do names when the base gives the person no given name.
     */
    private static boolean sameGivenNames(Words words, int from, int surname, dev.faultline.domain.actor.Actor known) {
        java.util.List<String> full = Vocabulary.words(known.name());
        if (full.size() < 2) return true;
        java.util.List<String> given = full.subList(0, full.size() - 1);
        for (int k = from; k < surname; k++) if (given.contains(words.loose(k))) return true;
        for (dev.faultline.domain.actor.Alias a : known.aliases()) {
            java.util.List<String> alias = Vocabulary.words(a.text());
            if (alias.size() < 2) continue;
            for (int k = from; k < surname; k++) if (alias.subList(0, alias.size() - 1).contains(words.loose(k))) return true;
        }
        return false;
    }

    /** "National Salvation Council (NSC)": the abbreviation in brackets is the body's from now on; the word after it. */
    private int abbreviation(ActorMention m, int end) {
        Words words = c.words();
        if (m.actor().kind() != ActorKind.ORGANIZATION || !words.exact(end).equals("(") && !words.loose(end).equals("-lrb-")) return end;
        String abbreviation = words.exact(end + 1);
        String close = words.exact(end + 2);
        if (!close.equals(")") && !words.loose(end + 2).equals("-rrb-")) return end;
        if (abbreviation.length() < 2 || !abbreviation.equals(abbreviation.toUpperCase(java.util.Locale.ROOT))
                || !Character.isLetter(abbreviation.charAt(0))) return end;
        c.names.abbreviation(m.actor(), abbreviation);
        int begin = words.tokenOf(end + 1).begin(), stop = words.tokenOf(end + 1).end();
        c.identities.add(new ResolutionContext.Identity(m, dev.faultline.domain.claim.IdentityClaim.Attribute.ALIAS, abbreviation,
                Math.min(begin, m.begin()), Math.max(stop, m.end())));
        return end + 3;
    }
}
