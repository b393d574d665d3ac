/**
 * The actor knowledge base: team-written YAML files shipped under
 * {@code resources/dev/faultline/actors/kb/} (listed in its {@code index.txt}), plus any files a user
 * adds, loaded once at start-up into an immutable {@link dev.faultline.actors.kb.KnowledgeBase}.
 *
 * <p>Loading validates the whole base and reports every problem at once, each naming its file and
 * entry: unknown references, duplicate ids, an alias claimed by two actors without a rule, overlapping
 * terms in one office, malformed dates, unknown kinds, sectors, link types, titles and country codes.
 * A base with any problem does not load: a wrong fact must not quietly shape an analysis.
 *
 * <p>The file format is described in {@code kb/README.md} beside the data.
 */
package dev.faultline.actors.kb;
