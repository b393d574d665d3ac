package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * Words that state a relation between two actors a report names, read as {@code link} from the
 * actor the words describe to the other one (or the other way round when {@code reversed}):
 * <ul>
 * <li>{@link Form#BETWEEN}: the words stand between the two, "A, loyal to B", "A backed by B", "A,
 *     the armed wing of B", "A under the command of B" (reversed: B commands A);</li>
 * <li>{@link Form#NOUN}: a noun that names what A is to B, with B as its owner: "B's armed wing A",
 *     "A, B's ally", "A and its ally B" (the owner is "its"), "A, a proxy of B", "B backer A";</li>
 * <li>{@link Form#VERB}: a verb with A as subject and B as object: "A joined B", "A defected to B";</li>
 * <li>{@link Form#LIST}: B names its members after the words: "B include A1, A2 and A3", "B, including A1".</li>
 * </ul>
 * Office titles ("commander", "deputy head", "spokesman") work as nouns too, with the title's link.
 */
public record RelationCue(String text, Form form, LinkType link, boolean reversed) {
    public enum Form { BETWEEN, NOUN, VERB, LIST }

    public RelationCue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(link, "link");
        if (text.isBlank()) throw new IllegalArgumentException("a relation cue has words");
        if (link == LinkType.SUCCESSOR_OF) throw new IllegalArgumentException("relation cue '" + text + "': no relation type reads 'successor_of'");
    }
}
