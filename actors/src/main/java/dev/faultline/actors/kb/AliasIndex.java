package dev.faultline.actors.kb;

import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.Alias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every alias of every actor, by its {@link AliasKey#loose loose key}. Two claims by different actors
 * collide when one text could match both: both case-insensitive, one of each, or both case-sensitive
 * with the same exact form. A collision is legal only with a rule — every colliding claim
 * {@code shared}, or one claim with a strictly higher {@code priority} — and is otherwise a load
 * problem naming both actors and files.
 */
final class AliasIndex {
    private final Map<String, List<AliasClaim>> byKey;

    private AliasIndex(Map<String, List<AliasClaim>> byKey) {
        this.byKey = byKey;
    }

    static AliasIndex build(Collection<Actor> actors, Map<String, String> fileOf, Problems problems) {
        Map<String, List<AliasClaim>> byKey = new LinkedHashMap<>();
        for (Actor a : actors) {
            for (Alias al : a.aliases()) {
                byKey.computeIfAbsent(AliasKey.loose(al.text()), k -> new ArrayList<>()).add(new AliasClaim(al, a.id(), fileOf.get(a.id())));
            }
        }
        for (Map.Entry<String, List<AliasClaim>> en : byKey.entrySet()) {
            List<AliasClaim> claims = en.getValue();
            claims.sort(Comparator.comparingInt((AliasClaim c) -> -c.alias().priority()));
            checkCollisions(claims, problems);
            en.setValue(List.copyOf(claims));
        }
        return new AliasIndex(byKey);
    }

    private static void checkCollisions(List<AliasClaim> claims, Problems problems) {
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                AliasClaim a = claims.get(i);
                AliasClaim b = claims.get(j);
                if (a.actor().equals(b.actor()) || !collide(a.alias(), b.alias())) continue;
                if (a.alias().shared() && b.alias().shared()) continue;
                if (a.alias().priority() != b.alias().priority() && winnerIsUnique(claims, a, b)) continue;
                problems.add(b.file(), "entry '" + b.actor() + "'", "alias '" + b.alias().text() + "' is also claimed by '"
                        + a.actor() + "' (" + a.file() + ") without a rule to choose: mark both 'shared' (context decides)"
                        + " or give one a higher 'priority'");
            }
        }
    }

    /** With priorities, the collision is resolved only if the highest priority among all colliding claims is held once. */
    private static boolean winnerIsUnique(List<AliasClaim> claims, AliasClaim a, AliasClaim b) {
        int top = Math.max(a.alias().priority(), b.alias().priority());
        long holders = claims.stream().filter(c -> c.alias().priority() == top).map(AliasClaim::actor).distinct().count();
        return holders == 1;
    }

    private static boolean collide(Alias a, Alias b) {
        if (a.caseSensitive() && b.caseSensitive()) return AliasKey.exact(a.text()).equals(AliasKey.exact(b.text()));
        return true;
    }

    /** Claims whose alias matches {@code text} (case-sensitive ones only in the same case), highest priority first. */
    List<AliasClaim> lookup(String text) {
        List<AliasClaim> claims = byKey.get(AliasKey.loose(text));
        if (claims == null) return List.of();
        String exact = AliasKey.exact(text);
        List<AliasClaim> out = new ArrayList<>();
        for (AliasClaim c : claims) {
            if (c.alias().caseSensitive() && !AliasKey.exact(c.alias().text()).equals(exact)) continue;
            if (out.stream().noneMatch(o -> o.actor().equals(c.actor()))) out.add(c);
        }
        return List.copyOf(out);
    }

    List<AliasClaim> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }
}
