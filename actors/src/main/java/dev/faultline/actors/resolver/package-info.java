/**
 * Actor resolution: reads an {@link dev.faultline.domain.text.AnnotatedDocument} and says which
 * stretches of it are actors, and which. One left-to-right pass over each sentence's words tries, at
 * each word, the rules in a fixed order (affiliation cue, knowledge-base alias with its demonym,
 * organ and office compositions, user dictionary, pronoun or nominal coreference, people named by
 * what they are, entity-recogniser candidate) against tries built once from the knowledge base; the first rule that matches consumes
 * its words. The closed-class grammar (pronouns, locative prepositions, clause openers) lives in
 * {@link dev.faultline.actors.resolver.Grammar}, the tag-based guesses at clauses and subjects that
 * coreference needs in {@link dev.faultline.actors.resolver.Clauses}; every fact about the world comes
 * from the knowledge base (a state's organ is the base's actor for it when it has one: {@link
 * dev.faultline.actors.resolver.StateOrgans}).
 */
package dev.faultline.actors.resolver;
