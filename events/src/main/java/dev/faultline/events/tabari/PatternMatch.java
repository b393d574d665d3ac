package dev.faultline.events.tabari;

import dev.faultline.actors.tabari.verbs.VerbPattern;

/**
 * A verb pattern that matched, with the actor phrases its {@code $}, {@code +} and {@code %} slots took
 * (null where the pattern has no such slot).
 */
record PatternMatch(VerbPattern pattern, ActorPhrase source, ActorPhrase target, ActorPhrase compound) {
    int weight() {
        return pattern.before().size() + pattern.after().size();
    }
}
