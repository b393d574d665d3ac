package dev.faultline.cli.eval;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.Alias;
import dev.faultline.domain.actor.StateProfile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names as gold sets write them ("Democratic Republic of Congo") to ISO alpha-3, by the knowledge base's states and their aliases. */
final class Countries {
    private final Map<String, String> iso3;

    private Countries(Map<String, String> iso3) {
        this.iso3 = Map.copyOf(iso3);
    }

    static Countries of(KnowledgeBase kb) {
        Map<String, String> m = new HashMap<>();
        for (StateProfile s : kb.states()) {
            Optional<Actor> a = kb.actor(s.actor());
            if (a.isEmpty()) continue;
            m.putIfAbsent(key(a.get().name()), s.iso3());
            for (Alias al : a.get().aliases()) m.putIfAbsent(key(al.text()), s.iso3());
            m.putIfAbsent(key(s.iso3()), s.iso3());
        }
        return new Countries(m);
    }

    Optional<String> iso3(String name) {
        if (name == null) return Optional.empty();
        String k = key(name);
        String hit = iso3.get(k);
        if (hit == null && k.startsWith("the ")) hit = iso3.get(k.substring(4));
        return Optional.ofNullable(hit);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
