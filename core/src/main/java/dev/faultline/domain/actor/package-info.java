/**
 * Actors as the knowledge base knows them: states, organizations, people and groups, each with a
 * stable kebab-case id, its aliases (spellings, abbreviations, demonyms, capitals, hostile epithets),
 * its sector (a CAMEO/PLOVER role code) and its dated links and offices. All values are immutable and
 * validated at construction; cross-references (an id that must exist) are checked by the loader that
 * assembles them, which sees the whole knowledge base. Dates are {@link dev.faultline.domain.PartialDate}s
 * read as half-open {@link dev.faultline.domain.actor.Period}s: a period's {@code to} is the first day
 * it no longer holds, at the precision given.
 */
package dev.faultline.domain.actor;
