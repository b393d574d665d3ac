/**
 * Reads TABARI / PETRARCH verb-pattern dictionaries (the CAMEO {@code .verbs} files), so that a
 * PETRARCH user can load their own verb dictionaries. Reading is forgiving, as in the actor reader:
 * a line that cannot be read becomes a {@link dev.faultline.domain.Problem} naming the file and line,
 * and the rest of the file is still read.
 *
 * <p>Syntax read (PETRARCH 1.0 {@code read_verb_dictionary}, with TABARI legacy): {@code #} and
 * {@code ;} comments and {@code <!-- ... -->} blocks; synsets {@code &NAME} followed by {@code +PHRASE}
 * members (a trailing {@code _} on the label or the member means no generated plural); verb blocks
 * {@code --- NAME [CODE] ---} followed by verb lines {@code VERB {IRREGULAR FORMS} [CODE]} (multi-word
 * verbs joined by {@code _} with a {@code +} on the word the parser calls the verb, e.g.
 * {@code RE_+ARREST}, {@code +CLEAR_UP}) and pattern lines {@code - WORDS * WORDS [CODE] # comment}.
 * In patterns {@code *} is the verb, {@code $} the source, {@code +} the target, {@code %} a compound
 * actor (source and target), {@code ^} a skipped noun phrase, {@code &NAME} a synset; {@code _} joins
 * words that must be consecutive, a space allows words between; TABARI {@code {A | B}} alternatives
 * are expanded into one pattern each. A code {@code [A:B]} is symmetric (A from source to target, B
 * back), {@code [:B]} codes only the event back; {@code [---]} means "no event".
 *
 * <p>PETRARCH 2 dictionaries ({@code CAMEO.2.0.txt}) are read too: their patterns name noun phrases
 * {@code {MODIFIERS HEAD}} and prepositional phrases {@code (PREP NOUNS)}, kept as token roles (see
 * {@link dev.faultline.actors.tabari.verbs.PatternToken.Role}); their {@code ~} verb transformations are
 * reported as not read. Where PETRARCH's own reader would produce non-words, this one deviates: regular
 * forms are spelled better (see {@code EnglishForms}), a form two verbs claim goes to the written one,
 * and a synset defined after its use still counts.
 */
package dev.faultline.actors.tabari.verbs;
