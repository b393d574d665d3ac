package dev.faultline.relations;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.event.CodedEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The acts a corpus's events make between pairs of actors: each dated event that is said to have
 * happened, for each source and target it names, and again for each pair of the sides above them
 * ({@link Sides}: a person's act counts for the unit, service and state above them, a backed group's
 * for its backer, a composed state organ's for its state), except between two actors of one
 * lineage (Hezbollah's act against its own leader is not Lebanon's against Lebanon). An act weighs
 * the claim's credibility score, raised by independent corroboration.
 */
final class Acts {
    private static final double UNASSESSED = 0.5;

    private Acts() {
    }

    static List<Act> of(List<CodedEvent> events, Map<String, Assessment> assessments, Map<String, ActorRef> actors, Sides sides) {
        List<Act> out = new ArrayList<>();
        for (CodedEvent e : events) {
            if (!e.modality().happened() || e.date() == null) continue;
            double w = weight(assessments.get(e.id()));
            double score = Alignment.shipped().score(e);
            Set<String> seen = new HashSet<>();
            for (ActorMention s : e.source()) {
                for (ActorMention t : e.target()) {
                    ActorRef a = s.actor(), b = t.actor();
                    List<String> above = sides.ancestors(a), below = sides.ancestors(b);
                    // one lineage acts on itself (Hezbollah on its leader); an organ the text composes does not, on its state (a coup)
                    if (a.id().equals(b.id()) || a.lineage().contains(b.id()) || b.lineage().contains(a.id())) continue;
                    if (seen.add(a.id() + ">" + b.id())) out.add(new Act(a, b, e, e.date().value().start(), score, w, false));
                    for (String up : above) {
                        for (String down : below) {
                            if (up.equals(a.id()) && down.equals(b.id())) continue;
                            ActorRef x = actors.get(up), y = actors.get(down);
                            if (x == null || y == null || !sides.isSide(x) || !sides.isSide(y)) continue;
                            if (above.contains(down) || below.contains(up)) continue;
                            if (seen.add(up + ">" + down)) out.add(new Act(x, y, e, e.date().value().start(), score, w, true));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Credibility score times a bonus for each further independent source, at most double. */
    static double weight(Assessment a) {
        if (a == null) return UNASSESSED;
        return a.score() * Math.min(2.0, 1 + 0.25 * (a.corroboration() - 1));
    }
}
