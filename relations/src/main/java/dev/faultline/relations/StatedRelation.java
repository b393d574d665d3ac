package dev.faultline.relations;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.relation.RelationType;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation a report states between two actors it names — "the Z Brigades, loyal to Y", "X-backed
 * separatists", "Y's armed wing", "X broke with Y" — as the alliance model takes it. The model lists
 * such claims as relations of their own ({@link dev.faultline.domain.relation.Relation.Basis#STATED},
 * the claim ids as evidence), and counts them beside the knowledge base's ties and the events' balance
 * in blocs and ruptures.
 *
 * <p>Read {@code a type b} as the contract's relation types read: a {@code supports} b (a backs b),
 * a {@code member_of}, {@code commands}, {@code leads}, {@code proxy_of} b; {@code ally} and
 * {@code hostile} either way. The actors are references, not bare ids, so that an actor the reports
 * name only in such a claim ("the colectivos, loyal to the government") still has a place in the model.
 *
 * @param day    when the report holds it true (the claim's date, usually its article's), or null when undated
 * @param claim  the claim's id: the evidence relation rows and ruptures cite
 * @param weight how far to believe it, as for events ({@link #weight(Assessment)}): credibility times corroboration
 * @param ended  the report says the relation held and no longer does ("former allies", "broke with", "no
 *               longer loyal to"): evidence of a rupture at {@code day}
 */
public record StatedRelation(ActorRef a, RelationType type, ActorRef b, LocalDate day, String claim, double weight, boolean ended) {
    public StatedRelation {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(claim, "claim");
        if (a.id().equals(b.id())) throw new IllegalArgumentException("stated relation " + claim + ": '" + a.id() + "' " + type.label() + " itself");
        if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("stated relation " + claim + ": weight must be a number >= 0, was " + weight);
    }

    /**
     * The relation a report states, as the model takes it, or none when the report does not hold it to be so (denied,
     * negated, hypothetical, to come). Dated on the first day of the claim's date; weighed by its assessment as an
     * event is ({@link #weight(Assessment)}; null: not assessed).
     */
    public static Optional<StatedRelation> of(RelationClaim claim, Assessment assessment) {
        if (!claim.modality().happened()) return Optional.empty();
        LocalDate day = claim.date() == null ? null : claim.date().value().start();
        return Optional.of(new StatedRelation(claim.a().actor(), claim.type(), claim.b().actor(), day, claim.id(),
                weight(assessment), false));
    }

    /**
     * A claim's weight from its assessment, the same as an event's: the credibility score, raised by a
     * quarter for each further independent source up to double; 0.5 for a claim without one.
     */
    public static double weight(Assessment assessment) {
        return Acts.weight(assessment);
    }

    /**
     * Whether the relation can hold between actors of these kinds: one is a member of, leads or commands
     * an organisation, a group or a state, never a person; a state is no member of another state, nor
     * leads or commands one; and no state or organ of one is a member of another state or its organs. A
     * claim that breaks this is a misreading ("X, Y and Z, including A" read as A a member of the state
     * before the list), which the model leaves out.
     */
    public boolean plausible() {
        boolean hierarchy = type == RelationType.MEMBER_OF || type == RelationType.LEADS || type == RelationType.COMMANDS;
        if (hierarchy && b.kind() == ActorKind.PERSON) return false;
        if (hierarchy && a.kind() == ActorKind.STATE && b.kind() == ActorKind.STATE) return false;
        return !(type == RelationType.MEMBER_OF && state(a) && state(b) && !a.country().equals(b.country()));
    }

    /** A state or one of its organs, of a known country. */
    private static boolean state(ActorRef x) {
        return x.country() != null && (x.kind() == ActorKind.STATE || x.sector() != null && x.sector().isStateOrgan());
    }

    /** +1 for a tie that puts the two on one side (every type but hostile), -1 for hostility. */
    int sign() {
        return type == RelationType.HOSTILE ? -1 : 1;
    }

    Pair pair() {
        return Pair.of(a.id(), b.id());
    }
}
