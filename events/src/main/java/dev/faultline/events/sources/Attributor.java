package dev.faultline.events.sources;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every event, force claim and relation claim its chain of attribution: the outlet, then the sources its
 * sentence names, outermost first. A sentence that names none takes the chain of the quotation it
 * stands in (a quote that closes with "…,” Ahram warned.") or of the speaker who introduced its
 * paragraph ("Ahram added:"). A claim its outlet relays from a source is "reported" rather than
 * "asserted", or "alleged" when the source claims or accuses. Stateless; safe for any thread.
 */
public final class Attributor implements Stage<CodedDocument, CodedDocument> {
    /** Speech acts: their speaker is who acts, not a source to attribute the act to. */
    private static final Set<PloverType> VERBAL = Set.of(PloverType.ACCUSE, PloverType.THREATEN, PloverType.REQUEST,
            PloverType.REJECT, PloverType.SUPPORT, PloverType.AGREE, PloverType.CONSULT, PloverType.PROTEST);
    /** How many sentences a quotation may run before its closing speaker. */
    private static final int QUOTE_REACH = 4;

    /** Whether a verb of this lemma takes its hearer as object ("told Bas News that ..."): the hearer is no party to what is told. */
    public static boolean tellsHearer(String lemma) {
        return Speech.TELLING.contains(lemma);
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public CodedDocument apply(CodedDocument coded) {
        if (coded.events().isEmpty() && coded.forces().isEmpty() && coded.resolved().relations().isEmpty()) return coded;
        Chains chains = chains(coded);
        String outlet = coded.resolved().document().article().outlet();
        List<CodedEvent> events = new ArrayList<>(coded.events().size());
        for (CodedEvent e : coded.events()) {
            List<Attribution> links = chains.links.getOrDefault(e.sentence(), List.of());
            List<Attribution> own = notSelf(outlet, links);
            boolean onlySelf = !links.isEmpty() && own.isEmpty();
            if (VERBAL.contains(e.type())) own.removeIf(l -> l.actor() != null && e.source().stream().anyMatch(m -> m.actor().id().equals(l.actor().id())));
            CodedEvent attributed = e.withAttribution(withOutlet(outlet, own));
            if (onlySelf && attributed.modality() == Modality.REPORTED) {
                attributed = attributed.withModality(Modality.ASSERTED);    // ", DEBKAfile reported." in DEBKAfile: its own word
            }
            events.add(own.isEmpty() ? attributed : relayed(attributed, chains.alleging.contains(e.sentence())));
        }
        List<ForceClaim> forces = new ArrayList<>(coded.forces().size());
        for (ForceClaim f : coded.forces()) {
            List<Attribution> own = notSelf(outlet, chains.links.getOrDefault(f.sentence(), List.of()));
            ForceClaim attributed = f.withAttribution(withOutlet(outlet, own));
            if (!own.isEmpty() && f.modality() == Modality.ASSERTED) {
                attributed = attributed.withModality(chains.alleging.contains(f.sentence()) ? Modality.ALLEGED : Modality.REPORTED);
            }
            forces.add(attributed);
        }
        List<RelationClaim> relations = new ArrayList<>(coded.resolved().relations().size());
        for (RelationClaim r : coded.resolved().relations()) {
            List<Attribution> own = notSelf(outlet, chains.links.getOrDefault(r.sentence(), List.of()));
            own.removeIf(l -> l.actor() != null && (l.actor().id().equals(r.a().actor().id()) || l.actor().id().equals(r.b().actor().id())));
            RelationClaim attributed = r.withAttribution(withOutlet(outlet, own));
            if (!own.isEmpty() && r.modality() == Modality.ASSERTED) {
                attributed = attributed.withModality(chains.alleging.contains(r.sentence()) ? Modality.ALLEGED : Modality.REPORTED);
            }
            relations.add(attributed);
        }
        return new CodedDocument(coded.resolved().withRelations(relations), events, forces);
    }

    /** A sentence's links without the outlet naming itself ("DEBKAfile has learned"): that is its own word, not a relay. */
    private static List<Attribution> notSelf(String outlet, List<Attribution> links) {
        List<Attribution> out = new ArrayList<>(links);
        if (outlet != null) {
            out.removeIf(l -> l.text().equalsIgnoreCase(outlet) || l.actor() != null && l.actor().name().equalsIgnoreCase(outlet));
        }
        return out;
    }

    private static List<Attribution> withOutlet(String outlet, List<Attribution> own) {
        if (outlet == null || outlet.isBlank()) return own;
        List<Attribution> chain = new ArrayList<>(own.size() + 1);
        chain.add(Attribution.outlet(outlet));
        chain.addAll(own);
        return chain;
    }

    /** An event the outlet says on a source's word: reported, or alleged when the source claims it. */
    private static CodedEvent relayed(CodedEvent e, boolean alleging) {
        if (e.modality() != Modality.ASSERTED && !(alleging && e.modality() == Modality.REPORTED)) return e;
        return e.withModality(alleging ? Modality.ALLEGED : Modality.REPORTED);
    }

    /** The in-text links of each sentence, and the sentences whose source alleges. */
    record Chains(Map<Integer, List<Attribution>> links, Set<Integer> alleging) {}

    static Chains chains(CodedDocument coded) {
        AnnotatedDocument doc = coded.resolved().document();
        Map<Integer, List<Attribution>> links = new HashMap<>();
        Set<Integer> alleging = new HashSet<>();
        Attribution lastMedium = null, lastSpeaker = null;
        for (Sentence s : doc.sentences()) {
            List<ActorMention> actors = coded.resolved().actorsIn(s.index());
            List<Attribution> own = new ArrayList<>();
            for (SpeechAct act : SpeechActs.in(s)) {
                if (act.alleging()) alleging.add(s.index());
                for (int[] span : act.sources()) {
                    Attribution link;
                    if (SourceReader.mediumAnaphor(s, span, actors) && lastMedium != null) {
                        link = SourceReader.again(lastMedium, doc, s, span);
                    } else if (SourceReader.pronoun(s, span)) {
                        ActorRef who = SourceReader.inside(actors, span).stream().map(ActorMention::actor).findFirst().orElse(null);
                        if (who == null && lastSpeaker == null) continue;
                        link = who == null ? SourceReader.again(lastSpeaker, doc, s, span) : SourceReader.read(doc, s, span, actors);
                    } else {
                        link = SourceReader.read(doc, s, span, actors);
                    }
                    if (link == null) continue;
                    if (own.stream().noneMatch(l -> same(l, link))) own.add(link);
                    if (link.kind() == AttributionKind.MEDIA) lastMedium = link;
                    lastSpeaker = link;
                }
            }
            if (!own.isEmpty()) links.put(s.index(), List.copyOf(own));
        }
        carryQuotations(doc, links);
        carryIntroductions(doc, links);
        return new Chains(links, alleging);
    }

    private static boolean same(Attribution a, Attribution b) {
        if (a.actor() != null && b.actor() != null) return a.actor().id().equals(b.actor().id());
        return a.begin() == b.begin();
    }

    /** Sentences inside a quotation that closes, a few sentences on, before its speaker take the speaker's chain. */
    private static void carryQuotations(AnnotatedDocument doc, Map<Integer, List<Attribution>> links) {
        List<Sentence> ss = doc.sentences();
        for (int i = 0; i < ss.size(); i++) {
            if (links.containsKey(i) || !opensQuote(ss.get(i))) continue;
            for (int k = i; k < Math.min(ss.size(), i + QUOTE_REACH); k++) {
                if (k > i && paragraphBreak(doc, ss.get(k - 1), ss.get(k))) break;
                if (closesQuote(ss.get(k))) {
                    List<Attribution> chain = links.get(k);
                    if (chain != null) for (int j = i; j < k; j++) links.putIfAbsent(j, chain);
                    break;
                }
            }
        }
    }

    /** "Ahmed Rahal, a military analyst, told Ahram:" — the next paragraph is his, sentence by sentence. */
    private static void carryIntroductions(AnnotatedDocument doc, Map<Integer, List<Attribution>> links) {
        List<Sentence> ss = doc.sentences();
        for (int i = 0; i + 1 < ss.size(); i++) {
            List<Token> ts = ss.get(i).tokens();
            if (!links.containsKey(i) || !ts.get(ts.size() - 1).word().equals(":")) continue;
            List<Attribution> chain = links.get(i);
            for (int k = i + 1; k < ss.size(); k++) {
                if (k > i + 1 && paragraphBreak(doc, ss.get(k - 1), ss.get(k))) break;
                links.putIfAbsent(k, chain);
            }
        }
    }

    private static boolean paragraphBreak(AnnotatedDocument doc, Sentence a, Sentence b) {
        return b.begin() > a.end() && doc.text(a.end(), b.begin()).contains("\n");
    }

    private static boolean opensQuote(Sentence s) {
        String w = s.tokens().get(0).word();
        return (w.equals("“") || w.equals("\"") || w.equals("``")) && quotes(s) % 2 == 1;
    }

    private static boolean closesQuote(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.word().equals("”") || t.word().equals("''") || t.word().equals("\""));
    }

    private static int quotes(Sentence s) {
        int n = 0;
        for (Token t : s.tokens()) if (t.word().matches("[“”\"]|``|''")) n++;
        return n;
    }
}
