package dev.faultline.events.coder;

import dev.faultline.domain.Article;
import dev.faultline.domain.Ids;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.lexicon.CommonWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statements of how many people an actor has: a figure before a force noun ("roughly 5,000 Hizballah
 * troops", "2.500 Iranian Revolutionary Guards officers and men") or the two ends of a change
 * ("reduced its forces from 7000 to 700"). Whose forces they are: an actor named inside the figure's
 * phrase, else the nearest actor before it in its clause ("Iran has deployed at least 25,000 Shiite
 * fighters"). A figure that counts casualties ("5,000 troops were killed") is not a force claim.
 * Works on words and mentions, so unparsed sentences are read too.
 */
final class ForceClaims {
    private static final Set<String> FORCES = CommonWords.FORCE_NOUNS;
    /** Words after a figure that make it a count of casualties, not a force: "5,000 troops were killed". */
    private static final Set<String> CASUALTIES = CoderWords.of("casualty-words");
    private static final Set<String> ABOUT = Set.of("roughly", "about", "around", "some", "approximately", "nearly", "almost",
            "estimated", "approx.", "circa", "close");
    private static final Set<String> AT_LEAST = Set.of("least", "more", "over", "upwards", "exceeding", "above");
    private static final Set<String> AT_MOST = Set.of("up", "most", "fewer", "less", "under", "below");
    private static final Set<String> BREAKS = Set.of(";", ":", ".", "“", "”", "\"");
    /** A figure with dots grouping thousands, as many languages write it: "2.500". */
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final int REACH = 5;

    private ForceClaims() {
    }

    static List<ForceClaim> in(ResolvedDocument rd) {
        List<ForceClaim> out = new ArrayList<>();
        for (Sentence s : rd.document().sentences()) {
            List<ActorMention> actors = rd.actorsIn(s.index()).stream().filter(ForceClaims::canCommand).toList();
            if (actors.isEmpty()) continue;
            for (Figure f : figures(rd, s)) claim(rd, s, actors, f).ifPresent(out::add);
        }
        return out;
    }

    /** A figure in a sentence: tokens {@code [begin, end)} and its value. */
    private record Figure(int begin, int end, long value) {}

    private static List<Figure> figures(ResolvedDocument rd, Sentence s) {
        List<Figure> out = new ArrayList<>();
        for (Mention m : rd.document().mentionsIn(s.index())) {
            if (m.type() != EntityType.NUMBER) continue;
            String w = s.tokens().get(m.tokenBegin()).word();
            long v;
            if (m.tokenEnd() - m.tokenBegin() == 1 && DOTTED.matcher(w).matches()) v = Long.parseLong(w.replace(".", ""));
            else if (m.quantity().isPresent() && m.quantity().get().value().stripTrailingZeros().scale() <= 0) v = m.quantity().get().value().longValue();
            else continue;
            if (v < 2 || v > 5_000_000 || looksLikeYear(s, m, v)) continue;
            out.add(new Figure(m.tokenBegin(), m.tokenEnd(), v));
        }
        return out;
    }

    private static java.util.Optional<ForceClaim> claim(ResolvedDocument rd, Sentence s, List<ActorMention> actors, Figure f) {
        List<Token> ts = s.tokens();
        Estimate estimate = estimate(ts, f.begin);
        int noun = forceNounAfter(ts, f.end);
        if (noun < 0) {                                                // "its forces from 7000 to 700"
            Estimate change = change(ts, f.begin);
            if (change == null) return java.util.Optional.empty();
            noun = forceNounBefore(ts, f.begin);
            if (noun < 0) return java.util.Optional.empty();
            estimate = change;
        } else if (casualty(ts, f.begin, noun)) {
            return java.util.Optional.empty();
        }
        ActorMention owner = owner(ts, actors, Math.min(f.begin, noun), Math.max(f.end, noun + 1), f.begin);
        if (owner == null) return java.util.Optional.empty();
        int from = Math.min(f.begin, noun), to = Math.max(f.end - 1, noun);
        if (estimate == Estimate.FROM) to = changeEnd(ts, f.end);
        if (estimate != Estimate.EXACT && estimate != Estimate.FROM && estimate != Estimate.TO) from = qualifierStart(ts, f.begin);
        int b = ts.get(from).begin(), e = ts.get(to).end();
        Article a = rd.document().article();
        return java.util.Optional.of(new ForceClaim(id(a, s.index(), f.begin), a.id(), s.index(), b, e, rd.document().text(b, e), owner,
                f.value, estimate, NarrativeDates.of(rd, s.index()), null, hedged(ts), List.of()));
    }

    /** Whose forces: an actor inside the phrase, else the nearest before it in its clause. */
    private static ActorMention owner(List<Token> ts, List<ActorMention> actors, int begin, int end, int figure) {
        for (ActorMention m : actors) if (m.tokenBegin() >= begin && m.tokenBegin() < end) return m;
        ActorMention best = null;
        for (ActorMention m : actors) {
            if (m.tokenEnd() > figure) continue;
            boolean broken = false;
            for (int k = m.tokenEnd(); k < figure; k++) if (BREAKS.contains(ts.get(k).word())) broken = true;
            if (!broken && (best == null || m.tokenEnd() > best.tokenEnd())) best = m;
        }
        return best;
    }

    /**
     * Actors that field forces: not media, not a capital named as a place, and not a bare kind of people
     * of no one ("fighters", "the air force" of no country), which says nothing of whose forces they are.
     */
    private static boolean canCommand(ActorMention m) {
        ActorRef a = m.actor();
        boolean generic = a.origin() != ActorRef.Origin.KNOWN && a.country() == null && a.affiliation() == null;
        return a.sector() != Sector.MED && m.basis() != MentionBasis.METONYM && !generic;
    }

    /** The force noun after a figure, through a run of them ("Guards officers and men"), or -1. */
    private static int forceNounAfter(List<Token> ts, int end) {
        for (int k = end; k < Math.min(ts.size(), end + REACH); k++) {
            if (FORCES.contains(lower(ts.get(k)))) {
                while (k + 1 < ts.size() && FORCES.contains(lower(ts.get(k + 1)))
                        || k + 2 < ts.size() && lower(ts.get(k + 1)).equals("and") && FORCES.contains(lower(ts.get(k + 2)))) {
                    k += FORCES.contains(lower(ts.get(k + 1))) ? 1 : 2;
                }
                return k;
            }
            String p = ts.get(k).pos();
            if (!(p.startsWith("JJ") || p.startsWith("NNP") || p.equals("HYPH") || p.equals("NN") && Character.isUpperCase(ts.get(k).word().charAt(0)))) break;
        }
        return -1;
    }

    private static int forceNounBefore(List<Token> ts, int begin) {
        for (int k = begin - 1; k >= Math.max(0, begin - 2 * REACH); k--) {      // "its forces in Idlib from 9000 to 4000"
            if (FORCES.contains(lower(ts.get(k)))) return k;
            if (BREAKS.contains(ts.get(k).word()) || ts.get(k).word().equals(",")) break;
        }
        return -1;
    }

    /** "from 7000 to 700": FROM for the first end, TO for the second. */
    private static Estimate change(List<Token> ts, int begin) {
        if (begin == 0) return null;
        String w = lower(ts.get(begin - 1));
        if (w.equals("from")) {
            for (int k = begin + 1; k < Math.min(ts.size(), begin + 4); k++) if (lower(ts.get(k)).equals("to")) return Estimate.FROM;
            return null;
        }
        if (w.equals("to")) {
            for (int k = begin - 2; k >= Math.max(0, begin - 5); k--) if (lower(ts.get(k)).equals("from")) return Estimate.TO;
        }
        return null;
    }

    /** The last token of "… to 700" after a change's first figure. */
    private static int changeEnd(List<Token> ts, int end) {
        for (int k = end; k < Math.min(ts.size() - 1, end + 3); k++) {
            if (lower(ts.get(k)).equals("to") && ts.get(k + 1).pos().equals("CD")) return k + 1;
        }
        return end - 1;
    }

    private static Estimate estimate(List<Token> ts, int begin) {
        for (int k = begin - 1; k >= Math.max(0, begin - 3); k--) {
            String w = lower(ts.get(k));
            if (ABOUT.contains(w)) return Estimate.ABOUT;
            if (AT_LEAST.contains(w)) return Estimate.AT_LEAST;
            if (AT_MOST.contains(w) && !(w.equals("up") && k + 1 < ts.size() && !lower(ts.get(k + 1)).equals("to"))) return Estimate.AT_MOST;
            if (!(ts.get(k).pos().equals("IN") || ts.get(k).pos().equals("TO") || ts.get(k).pos().startsWith("RB")
                    || ts.get(k).pos().equals("JJS") || ts.get(k).pos().equals("JJR") || ts.get(k).pos().equals("DT") || w.equals("an"))) break;
        }
        return Estimate.EXACT;
    }

    private static int qualifierStart(List<Token> ts, int begin) {
        int k = begin;
        while (k > 0 && begin - k < 3) {
            String p = ts.get(k - 1).pos();
            if (!(p.equals("IN") || p.equals("TO") || p.startsWith("RB") || p.equals("JJS") || p.equals("JJR") || p.equals("DT"))) break;
            k--;
        }
        return k;
    }

    /** "5,000 troops were killed", "killing 20 soldiers": a count of casualties, not of forces. */
    private static boolean casualty(List<Token> ts, int begin, int noun) {
        for (int k = noun + 1; k < Math.min(ts.size(), noun + 4); k++) if (CASUALTIES.contains(lower(ts.get(k)))) return true;
        for (int k = begin - 1; k >= Math.max(0, begin - 3); k--) if (CASUALTIES.contains(lower(ts.get(k)))) return true;
        return false;
    }

    private static Modality hedged(List<Token> ts) {
        for (Token t : ts) {
            String w = lower(t);
            if (w.equals("allegedly") || w.equals("purportedly")) return Modality.ALLEGED;
            if (w.equals("reportedly") || w.equals("apparently") || w.equals("supposedly")) return Modality.REPORTED;
        }
        return Modality.ASSERTED;
    }

    private static boolean looksLikeYear(Sentence s, Mention m, long v) {
        return m.tokenEnd() - m.tokenBegin() == 1 && v >= 1900 && v <= 2100 && !s.tokens().get(m.tokenBegin()).word().contains(",")
                && !s.tokens().get(m.tokenBegin()).word().contains(".");
    }

    private static String id(Article a, int sentence, int token) {
        return Ids.of(a.id().value() + "/" + sentence + "/" + token + "/force");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
