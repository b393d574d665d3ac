package dev.faultline.events.tabari;

import java.util.List;

/**
 * A noun phrase that names one or more actors (several for a compound such as "Gondor and Osgiliath"):
 * its word span and the actor codes it carries, agents applied ({@code GONGOV}, {@code ---GOV}).
 */
record ActorPhrase(int start, int end, List<String> codes) {
    ActorPhrase {
        codes = List.copyOf(codes);
        if (codes.isEmpty()) throw new IllegalArgumentException("an actor phrase without codes");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
