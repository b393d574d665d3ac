package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.actors.tabari.TabariActor;
import dev.faultline.actors.tabari.TabariAgent;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.MentionBasis;

import java.util.Optional;

/** A PETRARCH user's TABARI dictionaries: an actor's phrase with its code at the report's date, and an agent after it. */
final class DictionaryRule implements Rule {
    private final ResolutionContext c;

    DictionaryRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        if (c.dictionaries.isEmpty() || !words.anyCapital(w, w + 1)) return -1;
        for (TabariDictionary d : c.dictionaries) {
            Optional<PhraseTrie.Match<TabariActor>> m = d.actorAt(words.exact, w);
            if (m.isEmpty()) continue;
            Optional<String> code = m.get().first().codeAt(c.date).filter(x -> !x.equals("---"));
            if (code.isEmpty()) continue;
            int end = m.get().end();
            String full = code.get();
            Optional<PhraseTrie.Match<TabariAgent>> agent = d.agentAt(words.exact, end);
            if (agent.isPresent()) {                               // "Freedonian police": FRD + ~COP = FRDCOP
                full = agent.get().first().applyTo(full).replace("~", "");
                end = agent.get().end();
            }
            String name = c.doc.text(words.tokenOf(w).begin(), words.tokenOf(end - 1).end());
            c.emit(w, end, c.refs.dictionary(name, full), MentionBasis.DICTIONARY, 0.85);
            return end;
        }
        return -1;
    }
}
