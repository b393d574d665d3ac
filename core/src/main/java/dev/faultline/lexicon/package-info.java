/**
 * Lexicon as data: English word lists that are knowledge of the language's open classes (or
 * lists a team chose, such as the prepositions that put a place after them), kept in versioned
 * UTF-8 resource files with their sources and read by one loader, {@link dev.faultline.lexicon.WordLists},
 * which validates them when a list is first used. Closed-class grammar the rules read (determiners,
 * clause punctuation) may stay code next to the rules. Framework-free.
 */
package dev.faultline.lexicon;
