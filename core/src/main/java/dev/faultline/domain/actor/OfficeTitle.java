package dev.faultline.domain.actor;

import java.util.List;
import java.util.Objects;

/**
 * A kind of office and the phrases that name it ("defense minister", "minister of defence",
 * "secretary of defense" → {@code defense-minister}). {@code link} is what holding it means for the
 * holder's lineage: a commander COMMANDS, a president LEADS, a minister is a MEMBER_OF.
 */
public record OfficeTitle(String id, LinkType link, List<String> phrases) {
    public OfficeTitle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(link, "link");
        if (!Actor.ID.matcher(id).matches()) throw new IllegalArgumentException("title id must be kebab-case: '" + id + "'");
        if (!link.isUpward()) throw new IllegalArgumentException("title '" + id + "': an office links upward, not " + link.label());
        phrases = List.copyOf(phrases);
    }
}
