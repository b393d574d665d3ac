package dev.faultline.domain.actor;

/** Why a stretch of text was read as a given actor; ordered roughly from surest to least sure. */
public enum MentionBasis {
    /** A name, variant or abbreviation of a known actor ("Hizballah"). */
    ALIAS,
    /** A hostile epithet ("the Zionist enemy"). */
    EPITHET,
    /** A capital or seat standing for its government ("Tehran", "the Kremlin"). */
    METONYM,
    /** A dated office read at the report's date ("the Iranian president" in 2016). */
    OFFICE,
    /** A state's demonym with one of its generic organs ("the Iranian navy", "Syrian contingents"). */
    ORGAN,
    /** A demonym or state name alone ("Iranian", "Russia"). */
    DEMONYM,
    /** An affiliation cue that defines a group ("Russian-backed fighters"). */
    AFFILIATION,
    /** A pronoun or nominal that refers back to an actor named earlier in the report. */
    COREFERENCE,
    /** A code from a user's TABARI/CAMEO dictionary. */
    DICTIONARY,
    /** A name the entity recogniser found that the knowledge base lacks. */
    CANDIDATE,
    /** No words of its own: the event implies it ("a demonstration was staged": protesters), at the event's trigger. */
    IMPLIED
}
