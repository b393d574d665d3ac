/**
 * Actor resolution: reads an {@link dev.faultline.domain.text.AnnotatedDocument} and says which
 * stretches of it are actors, and which, and what the report says of them. {@link
 * dev.faultline.actors.resolver.DocumentResolution} reads each sentence's words left to right and tries,
 * at each word, one {@link dev.faultline.actors.resolver.Rule} after another in a fixed order —
 * affiliation cue ({@code AffiliationRule}), knowledge-base alias with its demonym, organ and office
 * compositions ({@code AliasRule}, {@code StateNameRule}), user dictionary ({@code DictionaryRule}),
 * pronoun or nominal coreference ({@code CoreferenceRule}), people named by what they are and the
 * factions the report called so ({@code GenericOrganRule}), a body's short form ({@code
 * ShortFormRule}), entity-recogniser candidate ({@code CandidateRule}) — against tries built once from
 * the knowledge base ({@code Vocabulary}); the first rule that applies consumes its words. The rules of
 * one document share its {@code ResolutionContext}: the document's aliases read in context ({@code
 * DocumentAliases}), the actors found so far ({@code FoundActors}), the names the report gave ({@code
 * DocumentNames}), what it called each actor, and the sentence being read.
 *
 * <p>Once every actor is read, each sentence is read again for the relations it states between them
 * ({@code StatedRelations}, from the knowledge base's relation cues); what the report says of the actors
 * the knowledge base lacks (country, sector, the body they belong to) becomes their profile in that
 * report ({@code CandidateProfiles}); both are kept as the document's claims ({@code DocumentClaims}:
 * {@link dev.faultline.domain.claim.RelationClaim}, {@link dev.faultline.domain.claim.IdentityClaim}).
 *
 * <p>The closed-class grammar (pronouns, locative prepositions, clause openers) lives in {@link
 * dev.faultline.actors.resolver.Grammar} and {@code Pronouns}, the tag-based guesses at clauses and
 * subjects in {@link dev.faultline.actors.resolver.Clauses}; every fact about the world comes from the
 * knowledge base (a state's organ is the base's actor for it when it has one: {@link
 * dev.faultline.actors.resolver.StateOrgans}; who holds a capital on a date: the states' {@code
 * capital_held}).
 */
package dev.faultline.actors.resolver;
