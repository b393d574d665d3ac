/**
 * Who says so: the speech acts of a sentence ("X reported that", "according to X", "X told Y that",
 * "X's sources reveal") read into chains of attribution, outlet first, and carried to the events
 * and force claims the sentence holds, to the sentences of a quotation, and to a paragraph a speaker
 * introduces ("Ahmed told the paper:"). Works on words and actor mentions, using the parse where the
 * sentence has one, so unparsed sentences are attributed too.
 */
package dev.faultline.events.sources;
