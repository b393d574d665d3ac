package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.AliasClaim;
import dev.faultline.actors.kb.AliasKey;
import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.AliasKind;
import dev.faultline.domain.actor.Sector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which knowledge-base actor an alias names in one document. A first pass over the whole document
 * collects the actors named without ambiguity anywhere in it (they decide the ambiguous names) and
 * whether it speaks of armed forces at all (an armed actor or organ other than a context-needing
 * name); after that it is read-only.
 */
final class DocumentAliases {
    /** Sectors of armed actors: their presence makes a report one about armed conflict. */
    private static final Set<Sector> ARMED = EnumSet.of(Sector.MIL, Sector.REB, Sector.INS, Sector.SEP, Sector.UAF, Sector.IMG);

    /** An alias read at a word: the actor it names there, its claim, the word after it, and whether it named several actors. */
    record Match(Actor actor, AliasClaim claim, int end, boolean ambiguous) {}

    private final KnowledgeBase kb;
    private final Vocabulary vocab;
    private final Set<String> unambiguous = new HashSet<>();
    private boolean armedContext;

    DocumentAliases(KnowledgeBase kb, Vocabulary vocab, List<Words> sentences) {
        this.kb = kb;
        this.vocab = vocab;
        for (Words ws : sentences) collect(ws);
    }

    private void collect(Words ws) {
        int w = 0;
        while (w < ws.size()) {
            int next = w + 1;
            List<PhraseTrie.Match<AliasClaim>> matches = vocab.aliases.allAt(ws.loose, w);
            for (int i = matches.size() - 1; i >= 0; i--) {
                List<AliasClaim> ok = acceptable(ws, matches.get(i), w);
                if (ok.isEmpty()) continue;
                if (ok.stream().map(AliasClaim::actor).distinct().count() == 1) unambiguous.add(ok.get(0).actor());
                if (!armedContext) armedContext = ok.stream().anyMatch(c -> !needsArmedContext(c) && armed(c.actor()));
                next = matches.get(i).end();
                break;
            }
            if (!armedContext && next == w + 1) {
                armedContext = vocab.organs.longestAt(ws.loose, w).map(o -> ARMED.contains(o.first().sector())).orElse(false);
            }
            w = next;
        }
    }

    /** The longest alias at {@code w} that fits its letter case, with the actor the document context picks. */
    Optional<Match> best(Words words, int w) {
        if (w >= words.size()) return Optional.empty();
        List<PhraseTrie.Match<AliasClaim>> matches = vocab.aliases.allAt(words.loose, w);
        for (int i = matches.size() - 1; i >= 0; i--) {
            List<AliasClaim> ok = acceptable(words, matches.get(i), w);
            if (!armedContext) ok.removeIf(this::needsArmedContext);
            if (ok.isEmpty()) continue;
            AliasClaim pick = ok.stream().filter(c -> unambiguous.contains(c.actor())).findFirst().orElse(ok.get(0));
            boolean ambiguous = ok.stream().map(AliasClaim::actor).distinct().count() > 1;
            Optional<Actor> actor = kb.actor(pick.actor());
            if (actor.isPresent()) return Optional.of(new Match(actor.get(), pick, matches.get(i).end(), ambiguous));
        }
        return Optional.empty();
    }

    /** The claims whose letter case fits the text: case-sensitive aliases exactly; capitalised names need a capital. */
    private List<AliasClaim> acceptable(Words words, PhraseTrie.Match<AliasClaim> m, int w) {
        List<AliasClaim> ok = new ArrayList<>();
        int priority = Integer.MIN_VALUE;
        for (AliasClaim c : m.values()) {
            if (c.alias().caseSensitive()) {
                if (!words.exactPhrase(w, m.end()).equals(AliasKey.exact(Vocabulary.split(c.alias().text())))) continue;
            } else if (c.alias().kind() != AliasKind.EPITHET && hasCapital(c.alias().text()) && !words.anyCapital(w, m.end())) {
                continue;
            }
            ok.add(c);
            priority = Math.max(priority, c.alias().priority());
        }
        if (ok.size() > 1) {
            int top = priority;
            boolean shared = ok.stream().allMatch(c -> c.alias().shared());
            if (!shared) ok.removeIf(c -> c.alias().priority() < top);
        }
        return ok;
    }

    /** Whether a sector is an armed actor's. */
    static boolean armed(Sector sector) {
        return sector != null && ARMED.contains(sector);
    }

    private boolean armed(String actorId) {
        return kb.actor(actorId).map(a -> a.sector() != null && ARMED.contains(a.sector())).orElse(false);
    }

    /**
     * An armed group's one-word, case-sensitive name that is also a surname ("Wagner": the composer)
     * names the group only in a report about armed forces; elsewhere it is left to the recogniser.
     */
    private boolean needsArmedContext(AliasClaim c) {
        String text = c.alias().text();
        if (!c.alias().caseSensitive() || text.contains(" ") || text.equals(text.toUpperCase(Locale.ROOT))) return false;
        return kb.actor(c.actor()).map(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.STATE
                && a.sector() != null && ARMED.contains(a.sector())).orElse(false);
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }
}
