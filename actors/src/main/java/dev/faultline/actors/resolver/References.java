package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.Qualifier;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.StateProfile;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes actor references: known actors with their lineage at a date, actors composed by a rule
 * (a state's organ, a group defined by its backer) and candidates the knowledge base lacks. Derived
 * and candidate ids are built from their names, so the same words give the same id in every run.
 */
final class References {
    private final KnowledgeBase kb;

    References(KnowledgeBase kb) {
        this.kb = kb;
    }

    ActorRef known(String id, LocalDate date) {
        Actor a = kb.actor(id).orElseThrow(() -> new IllegalArgumentException("no actor '" + id + "' in the knowledge base"));
        String cameo = a.cameo() != null ? a.cameo() : kb.state(id).map(StateProfile::cameo).orElse(null);
        return new ActorRef(a.id(), a.name(), a.kind(), a.country(), a.sector(), cameo, kb.lineage(a.id(), date),
                ActorRef.Origin.KNOWN, null);
    }

    /** A state's organ: "the Iranian navy" is iran-navy, part of Iran (or, for militias and the like, only from it). */
    ActorRef organ(StateProfile state, GenericOrgan organ, LocalDate date) {
        String id = state.actor() + "-" + organ.id();
        String name = state.adjective() + " " + organ.id().replace('-', ' ');
        List<String> lineage = new ArrayList<>();
        lineage.add(id);
        if (organ.relation() == GenericOrgan.Relation.PART_OF) lineage.addAll(kb.lineage(state.actor(), date));
        return new ActorRef(id, name, ActorKind.ORGANIZATION, state.iso3(), organ.sector(), state.cameo() + organ.sector().name(),
                lineage, ActorRef.Origin.DERIVED, null);
    }

    /** People a report names by what they are, with no country: "civilians", "rebels", "journalists". */
    ActorRef generic(GenericOrgan organ) {
        String id = organ.id();
        if (kb.actor(id).isPresent()) id = id + "-generic";
        return new ActorRef(id, organ.id().replace('-', ' '), ActorKind.GROUP, null, organ.sector(), null, List.of(id),
                ActorRef.Origin.DERIVED, null);
    }

    /** People a report names by a qualifier and what they are, with no country: "Kurdish fighters", "Shiite militias". */
    ActorRef described(GenericOrgan organ, Qualifier qualifier) {
        String id = qualifier.id() + "-" + organ.id();
        if (kb.actor(id).isPresent()) id = id + "-generic";
        return new ActorRef(id, capitalized(qualifier.id()) + " " + organ.id().replace('-', ' '), ActorKind.GROUP, null, organ.sector(),
                null, List.of(id, generic(organ).id()), ActorRef.Origin.DERIVED, null);
    }

    /** The organ of a sector for a state ("the Kremlin" → Russia's government). */
    Optional<ActorRef> organ(StateProfile state, Sector sector, LocalDate date) {
        return kb.organs().stream().filter(o -> o.sector() == sector && o.relation() == GenericOrgan.Relation.PART_OF)
                .findFirst().map(o -> organ(state, o, date));
    }

    /** A group a report defines by a link: "pro-Iranian Shiite militias" = Shia militias backed by Iran. */
    ActorRef affiliated(GenericOrgan organ, Qualifier qualifier, LinkType link, Actor backer) {
        return affiliated(organ, qualifier, link, backer, null);
    }

    /** As {@link #affiliated(GenericOrgan, Qualifier, LinkType, Actor)}, of a country the report gives it ("forces loyal to Haftar"). */
    ActorRef affiliated(GenericOrgan organ, Qualifier qualifier, LinkType link, Actor backer, String country) {
        return affiliated(organ, qualifier, link, backer.id(), backer.name(), country);
    }

    /** As {@link #affiliated(GenericOrgan, Qualifier, LinkType, Actor)}, for a backer by its id and name (one the base lacks too). */
    ActorRef affiliated(GenericOrgan organ, Qualifier qualifier, LinkType link, String backerId, String backerName, String country) {
        String what = (qualifier == null ? "" : qualifier.id() + "-") + organ.id();
        String how = phrase(link);
        String id = what + "-" + how.replace(' ', '-') + "-" + backerId;
        String name = (qualifier == null ? "" : capitalized(qualifier.id()) + " ") + organ.id().replace('-', ' ')
                + " " + how + " " + backerName;
        return new ActorRef(id, name, ActorKind.GROUP, country, organ.sector(), null, List.of(id), ActorRef.Origin.DERIVED,
                new ActorRef.Affiliation(link, backerId));
    }

    /** A name the knowledge base lacks. */
    ActorRef candidate(String name, ActorKind kind) {
        String slug = slug(name);
        if (slug.isEmpty()) slug = "unnamed";
        if (kb.actor(slug).isPresent()) slug = slug + "-new";
        return new ActorRef(slug, name, kind, null, null, null, List.of(slug), ActorRef.Origin.CANDIDATE, null);
    }

    /** A candidate that is a part of a known body ("the NCRI Security and Anti-terrorism Committee"): the body's, by lineage. */
    ActorRef candidatePartOf(String name, ActorKind kind, ActorRef body) {
        ActorRef r = candidate(name, kind);
        List<String> lineage = new java.util.ArrayList<>(r.lineage());
        for (String id : body.lineage()) if (!lineage.contains(id)) lineage.add(id);
        return new ActorRef(r.id(), r.name(), kind, body.country(), body.sector(), null, lineage, ActorRef.Origin.CANDIDATE,
                new ActorRef.Affiliation(dev.faultline.domain.actor.LinkType.MEMBER_OF, body.id()));
    }

    /** A code from a user's TABARI dictionary. */
    ActorRef dictionary(String name, String code) {
        String id = "cameo-" + code.toLowerCase(Locale.ROOT);
        String country = code.length() >= 3 && kb.stateByIso3(code.substring(0, 3)).isPresent() ? code.substring(0, 3) : null;
        Sector sector = code.length() >= 6 ? Sector.parse(code.substring(code.length() - 3)).orElse(null) : null;
        ActorKind kind = country != null && code.length() == 3 ? ActorKind.STATE : ActorKind.ORGANIZATION;
        return new ActorRef(id, name, kind, country, sector, code, List.of(id), ActorRef.Origin.KNOWN, null);
    }

    /** How a derived group's name reads its defining link. */
    private static String phrase(LinkType link) {
        return switch (link) {
            case BACKED_BY -> "backed by";
            case ALLY -> "allied with";
            case MEMBER_OF, PART_OF -> "linked to";
            case PROXY_OF -> "proxy of";
            case COMMANDS, LEADS -> "led by";
            case HOSTILE -> "hostile to";
            case SUCCESSOR_OF -> "successor of";
        };
    }

    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("['’‘`ʼ.]", "").replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
