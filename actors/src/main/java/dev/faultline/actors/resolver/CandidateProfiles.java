package dev.faultline.actors.resolver;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.IdentityClaim;
import dev.faultline.domain.relation.RelationType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report says of the actors the knowledge base lacks, applied to their references in that
 * report: a candidate's country and sector are the first the report gives ("the Sudanese paramilitary
 * Rapid Support Forces"); its lineage runs up through the body it is said to belong to, command or
 * lead ("Ahmed Musa, deputy head of the Y Council"), whose country and sector it takes when the report
 * gives it none of its own. Known actors keep what the knowledge base says: the report's claims about
 * them are kept as claims only.
 */
final class CandidateProfiles {
    private static final Set<RelationType> UPWARD = Set.of(RelationType.MEMBER_OF, RelationType.COMMANDS, RelationType.LEADS);

    private CandidateProfiles() {
    }

    /** The candidates' references as the report describes them, by id; candidates it says nothing of are left out. */
    static Map<String, ActorRef> of(List<ActorMention> mentions, List<ResolutionContext.Identity> identities,
                                    List<StatedRelations.Stated> relations) {
        Map<String, ActorRef> refs = new LinkedHashMap<>();
        for (ActorMention m : mentions) refs.putIfAbsent(m.actor().id(), m.actor());
        Map<String, String> country = new HashMap<>(), sector = new HashMap<>();
        for (ResolutionContext.Identity i : identities) {
            String id = i.mention().actor().id();
            if (i.attribute() == IdentityClaim.Attribute.COUNTRY) country.putIfAbsent(id, i.value());
            if (i.attribute() == IdentityClaim.Attribute.SECTOR) sector.putIfAbsent(id, i.value());
        }
        Map<String, String> parent = new HashMap<>();
        for (StatedRelations.Stated s : relations) {
            if (UPWARD.contains(s.type())) parent.putIfAbsent(s.a().mention().actor().id(), s.b().mention().actor().id());
        }
        Map<String, ActorRef> out = new LinkedHashMap<>();
        for (ActorRef r : refs.values()) {
            if (r.origin() != ActorRef.Origin.CANDIDATE) continue;
            ActorRef p = profile(r, refs, country, sector, parent, new ArrayList<>());
            if (!p.equals(r)) out.put(r.id(), p);
        }
        return out;
    }

    private static ActorRef profile(ActorRef r, Map<String, ActorRef> refs, Map<String, String> country, Map<String, String> sector,
                                    Map<String, String> parent, List<String> path) {
        if (r.origin() != ActorRef.Origin.CANDIDATE || path.contains(r.id())) return r;
        path.add(r.id());
        String c = country.get(r.id());
        Sector s = sector.containsKey(r.id()) ? Sector.valueOf(sector.get(r.id())) : r.sector();
        List<String> lineage = new ArrayList<>(r.lineage());     // a part of a known body keeps its lineage
        ActorRef up = parent.containsKey(r.id()) ? refs.get(parent.get(r.id())) : null;
        if (up != null) {
            up = profile(up, refs, country, sector, parent, path);
            for (String id : up.lineage()) if (!lineage.contains(id)) lineage.add(id);
            if (c == null) c = up.country();
            if (s == null) s = up.sector();
        }
        if (c == null) c = r.country();
        return new ActorRef(r.id(), r.name(), r.kind(), c, s, r.cameo(), lineage, r.origin(), r.affiliation());
    }
}
