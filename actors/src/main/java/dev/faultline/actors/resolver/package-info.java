/**
 * Actor resolution: reads an {@link dev.faultline.domain.text.AnnotatedDocument} and says which
 * stretches of it are actors, and which. {@link dev.faultline.actors.resolver.DocumentResolution}
 * reads each sentence's words left to right and tries, at each word, one {@link
 * dev.faultline.actors.resolver.Rule} after another in a fixed order — affiliation cue ({@code
 * AffiliationRule}), knowledge-base alias with its demonym, organ and office compositions ({@code
 * AliasRule}, {@code StateNameRule}), user dictionary ({@code DictionaryRule}), pronoun or nominal
 * coreference ({@code CoreferenceRule}), people named by what they are ({@code GenericOrganRule}),
 * entity-recogniser candidate ({@code CandidateRule}) — against tries built once from the knowledge
 * base ({@code Vocabulary}); the first rule that applies consumes its words. The rules of one document
 * share its {@code ResolutionContext}: the document's aliases read in context ({@code
 * DocumentAliases}), the actors found so far ({@code FoundActors}) and the sentence being read.
 * The closed-class grammar (pronouns, locative prepositions, clause openers) lives in {@link
 * dev.faultline.actors.resolver.Grammar}, the tag-based guesses at clauses and subjects that
 * coreference needs in {@link dev.faultline.actors.resolver.Clauses}; every fact about the world comes
 * from the knowledge base (a state's organ is the base's actor for it when it has one: {@link
 * dev.faultline.actors.resolver.StateOrgans}).
 */
package dev.faultline.actors.resolver;
