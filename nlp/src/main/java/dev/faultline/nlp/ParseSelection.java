package dev.faultline.nlp;

import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which sentences of a document to parse: parsing costs about four times everything else the layer
 * does, so later stages parse only the sentences they will code.
 */
@FunctionalInterface
public interface ParseSelection {
    Set<Integer> choose(AnnotatedDocument document);

    /** Every sentence (what the naive full stack does). */
    static ParseSelection all() {
        return d -> {
            Set<Integer> out = new TreeSet<>();
            for (Sentence s : d.sentences()) out.add(s.index());
            return out;
        };
    }

    /** The sentences a predicate accepts. */
    static ParseSelection matching(Predicate<Sentence> which) {
        return d -> {
            Set<Integer> out = new TreeSet<>();
            for (Sentence s : d.sentences()) if (which.test(s)) out.add(s.index());
            return out;
        };
    }

    /**
     * Sentences naming at least {@code n} possible actors (people, organizations, places,
     * nationalities): a cheap proxy for "a sentence where someone does something to someone".
     */
    static ParseSelection namingAtLeast(int n) {
        Set<EntityType> actors = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.CITY, EntityType.COUNTRY, EntityType.STATE_OR_PROVINCE, EntityType.NATIONALITY);
        return d -> {
            int[] counts = new int[d.sentences().size()];
            for (Mention m : d.mentions()) if (actors.contains(m.type())) counts[m.sentence()]++;
            Set<Integer> out = new TreeSet<>();
            for (int i = 0; i < counts.length; i++) if (counts[i] >= n) out.add(i);
            return out;
        };
    }
}
