/**
 * The event coder: reads a resolved, parsed document and codes one event per clause and dyad from
 * the pattern book. Syntax decides roles: a verb's subject is its source, its object or the
 * pattern's prepositional phrase its target, a passive's agent its source; an event noun's possessor
 * or demonym its source. Modality comes from negation, auxiliaries and hedging adverbs; the date
 * from the sentence's own date, else the article's; the place only from the sentence.
 */
package dev.faultline.events.coder;
