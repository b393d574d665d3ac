package dev.faultline.actors.kb;

import dev.faultline.domain.actor.Alias;

/** An alias as claimed by one actor, with the file that claims it (for error messages and provenance). */
public record AliasClaim(Alias alias, String actor, String file) {
}
