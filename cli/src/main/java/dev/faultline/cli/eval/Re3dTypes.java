package dev.faultline.cli.eval;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.text.EntityType;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How Faultline's mentions read as re3d's entity types (re3d's conventions, read off its
 * development data: people include pronouns such as "I" and "he"; organisations include states and
 * peoples acting — "Iraq said", "the Syrians", "we" — and generic groups such as "civilians";
 * ethnic and religious communities are nationalities).
 */
final class Re3dTypes {
    private static final Set<String> PERSON_PRONOUNS = Set.of("i", "me", "myself", "he", "him", "himself", "she", "herself");
    private static final Set<String> GROUP_PRONOUNS = Set.of("we", "us", "ourselves", "they", "them", "themselves");

    private Re3dTypes() {
    }

    static Optional<String> of(EntityType t) {
        return Optional.ofNullable(switch (t) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
            case LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE, PLACE_NOUN -> "Location";
            case NATIONALITY, RELIGION -> "Nationality";
            case DATE, TIME, DURATION -> "Temporal";
            case NUMBER, PERCENT -> "Quantity";
            case WEAPON -> "Weapon";
            case MILITARY_PLATFORM -> "MilitaryPlatform";
            case MONEY, TITLE -> null;
        });
    }

    /** An actor mention's type; a state counts as an organisation only where the resolver read it as acting. */
    static Optional<String> of(ActorMention m) {
        ActorKind k = m.actor().kind();
        if (m.basis() == MentionBasis.COREFERENCE && m.tokenEnd() - m.tokenBegin() == 1) return Optional.empty(); // pronouns: by word
        if (k == ActorKind.PERSON) return Optional.of("Person");
        return Optional.of("Organisation");
    }

    /** A personal pronoun's type, whatever it refers to. */
    static Optional<String> pronoun(String word, String pos) {
        if (!pos.equals("PRP")) return Optional.empty();
        String w = word.toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(w)) return Optional.of("Person");
        if (GROUP_PRONOUNS.contains(w)) return Optional.of("Organisation");
        return Optional.empty();
    }
}
