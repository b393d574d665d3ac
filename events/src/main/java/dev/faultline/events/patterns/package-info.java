/**
 * The event patterns as data: the verbs, phrasal and light verbs and event nouns that say an event
 * happened, with the words that mark its target and its PLOVER and CAMEO coding. Loaded from
 * versioned YAML in resources and validated whole at start-up: every problem names its file and
 * entry, and a book with problems is refused.
 */
package dev.faultline.events.patterns;
