package dev.faultline.actors.resolver;

import dev.faultline.lexicon.CommonWords;

import java.util.Set;

/**
 * English closed-class words the rules need. This is grammar, not knowledge about the world (which
 * is all in the knowledge base), so it is small, fixed, and kept here.
 */
final class Grammar {
    private Grammar() {
    }

    /** Personal pronouns that refer back to a person. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

    /** Nominals that refer back to a non-state organization ("the group said"). */
    static final Set<String> GROUP_NOMINALS = Set.of("group", "movement", "organization", "organisation", "militia",
            "faction", "party", "outfit");

    /** Singular nouns for one person: after a demonym they refer back to a person of that country. */
    static final Set<String> PERSON_NOUNS = Set.of("general", "commander", "officer", "official", "minister",
            "diplomat", "spokesman", "spokeswoman", "leader", "chief", "president", "envoy", "cleric", "soldier");

    /**
     * Words after which a place name is a place ("in Syria", "from Tehran", "entered Lebanon"), not an
     * actor: every locative preposition of the common list, "between" (read as parties only after a
     * {@link #RELATION_NOUNS relation noun}), and verbs whose object is a place. "on", "against" and
     * "of" are left out: "strikes on Syria", "the government of Syria" name actors; so is "visit":
     * "Putin visited Iran" is a visit to Iran's government, the visit's other side.
     */
    static final Set<String> LOCATIVE = union(CommonWords.LOCATIVES.words(), Set.of("between", "entered", "border", "borders"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Prepositions after which a state's name is a party to an action ("talks with Iran", "strikes on Syria"). */
    static final Set<String> PARTICIPANT = Set.of("with", "against", "by", "on", "between", "versus", "vs");

    /**
     * Nouns of a relation between parties: after them, "between X and Y" names the parties ("clashes
     * between Iran and Russia", "talks between Qatar and Turkey"), where after other nouns it names
     * places ("the road between Damascus and Homs").
     */
    static final Set<String> RELATION_NOUNS = Set.of("clash", "clashes", "fighting", "fight", "fights", "infighting", "battle",
            "battles", "war", "wars", "conflict", "conflicts", "hostilities", "skirmish", "skirmishes", "confrontation",
            "confrontations", "standoff", "feud", "rivalry", "tension", "tensions", "dispute", "disputes", "rift", "split",
            "talks", "negotiations", "dialogue", "meeting", "meetings", "summit", "deal", "agreement", "accord", "treaty",
            "pact", "truce", "ceasefire", "relations", "ties", "cooperation", "coordination", "alliance", "rapprochement",
            "reconciliation", "mediation", "exchange", "exchanges", "fire", "contacts", "disagreement", "disagreements");

    /** Nouns of what is given or put to someone: after them, "to X" names who receives it ("aid to Ukraine"), not where. */
    static final Set<String> RECIPIENT_NOUNS = Set.of("aid", "assistance", "support", "help", "arms", "weapons", "funding", "funds",
            "loan", "loans", "grant", "grants", "donation", "donations", "supplies", "ammunition", "equipment", "backing", "threat",
            "threats", "ultimatum", "warning", "demand", "demands", "offer", "appeal", "message");

    /** Nouns of time that may stand between a relation noun and its "between": "clashes erupted in recent days between". */
    static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "hours",
            "night", "weekend", "time", "times", "decade", "decades");

    /** Words that make a state's name a region of it ("northern Iraq"). */
    static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
            "southeast", "southwest", "rural", "coastal", "occupied", "greater");

    /**
     * Words that open a clause: subordinators, relative words, quotes and clause punctuation. A
     * pronoun's own clause runs from the last of these before it.
     */
    static final Set<String> CLAUSE_BOUNDARIES = Set.of("that", "which", "who", "whom", "whose", "when", "whenever",
            "while", "whereas", "although", "though", "because", "since", "after", "before", "if", "unless", "until",
            "once", "where", "but", ";", ":", "“", "”", "\"", "``", "''");

    /** Part-of-speech tags of the words before a noun inside its phrase ("the bold Iranian", "Hizballah's"). */
    static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NNP", "NNPS", "POS", "PRP$", "CD");

    /**
     * Words after a place's name that make it a place, not its state or government acting:
     * "London-based", "Damascus countryside", "Tehran province".
     */
    static final Set<String> PLACE_AFTER = Set.of("based", "born", "area", "areas", "airport", "countryside",
            "suburbs", "outskirts", "province", "governorate", "region", "border", "borders");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");

    /** Words never read as an actor on their own, whatever the entity recogniser says. */
    static final Set<String> NEVER_ACTORS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "its", "their", "our", "this", "that", "these", "those", "there", "here", "comments",
            "comment", "print", "email", "reply", "share", "tweet", "according", "sources", "source", "news",
            "report", "reports", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "god", "allah", "mr", "mrs", "ms", "dr", "gen", "general", "president");

    /** Words a short time phrase is made of ("on Thursday", "late Sunday"): no place, so "Serbia on Thursday rejected" acts. */
    static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "today", "yesterday", "tonight");
}
