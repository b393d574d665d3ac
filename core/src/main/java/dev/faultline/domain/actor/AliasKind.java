package dev.faultline.domain.actor;

/**
 * Where an alias comes from. A {@link #CAPITAL} or {@link #METONYM} stands for the state's
 * government ("Tehran said"); an {@link #EPITHET} is a hostile name ("the Zionist enemy") that also
 * tells something about the speaker.
 */
public enum AliasKind {
    NAME, VARIANT, ABBREVIATION, DEMONYM, CAPITAL, METONYM, EPITHET
}
