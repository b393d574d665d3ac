package dev.faultline.actors.resolver;

/**
 * One way of reading actors, tried at a word of the current sentence. The rules of one document share
 * its {@link ResolutionContext}; {@link DocumentResolution} tries them at each word in a fixed order.
 */
interface Rule {
    /**
     * Reads the words starting at {@code w}: the word after those it consumed (whether or not it found
     * an actor there: "in Syria" is consumed as a place), or -1 when the rule does not apply at {@code w}.
     */
    int at(int w);
}
