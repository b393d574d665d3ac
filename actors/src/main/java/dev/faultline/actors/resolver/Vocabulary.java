package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.AliasClaim;
import dev.faultline.actors.kb.AliasKey;
import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.AffiliationCue;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.Office;
import dev.faultline.domain.actor.OfficeTitle;
import dev.faultline.domain.actor.Qualifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The knowledge base's words as tries over {@link Words#loose}, built once; immutable and shareable. */
final class Vocabulary {
    final PhraseTrie<AliasClaim> aliases;
    final PhraseTrie<GenericOrgan> organs;
    /** Every organ, those named only after an affiliation cue too ("Iranian-backed groups"). */
    final PhraseTrie<GenericOrgan> cuedOrgans;
    final PhraseTrie<OfficeTitle> titles;
    final Map<String, AffiliationCue> cuesBefore = new HashMap<>();
    final Map<String, AffiliationCue> cuesAfter = new HashMap<>();
    final Map<String, Qualifier> qualifiers = new HashMap<>();
    final StateOrgans stateOrgans;
    /** Offices by holder, so "the prime minister" is checked against a person's own offices only. */
    final Map<String, List<Office>> officesByHolder = new HashMap<>();

    Vocabulary(KnowledgeBase kb) {
        UnaryOperator<String> same = UnaryOperator.identity();
        PhraseTrie.Builder<AliasClaim> a = PhraseTrie.builder(same);
        for (AliasClaim c : kb.aliasClaims()) if (!words(c.alias().text()).isEmpty()) a.add(words(c.alias().text()), c);
        aliases = a.build();
        PhraseTrie.Builder<GenericOrgan> o = PhraseTrie.builder(same);
        PhraseTrie.Builder<GenericOrgan> cued = PhraseTrie.builder(same);
        for (GenericOrgan g : kb.organs()) {
            for (String n : g.nouns()) {
                if (words(n).isEmpty()) continue;
                if (!g.afterCueOnly()) o.put(words(n), g);
                cued.put(words(n), g);
            }
        }
        organs = o.build();
        cuedOrgans = cued.build();
        PhraseTrie.Builder<OfficeTitle> t = PhraseTrie.builder(same);
        for (OfficeTitle ti : kb.titles()) {
            t.put(words(ti.id().replace('-', ' ')), ti);
            for (String p : ti.phrases()) if (!words(p).isEmpty()) t.put(words(p), ti);
        }
        titles = t.build();
        for (AffiliationCue c : kb.cues()) {
            (c.position() == AffiliationCue.Position.BEFORE ? cuesBefore : cuesAfter).put(AliasKey.loose(c.text()), c);
        }
        for (Qualifier q : kb.qualifiers()) for (String w : q.words()) qualifiers.put(AliasKey.loose(w), q);
        stateOrgans = new StateOrgans(kb, aliases);
        for (Office office : kb.offices()) officesByHolder.computeIfAbsent(office.holder(), k -> new ArrayList<>()).add(office);
    }

    /** Loose words of a knowledge-base text, as {@link Words} reads a report ({@link #split}). */
    static List<String> words(String text) {
        String k = AliasKey.loose(split(text));
        return k.isEmpty() ? List.of() : Arrays.asList(k.split(" "));
    }

    /**
     * A knowledge-base text with its possessive "'s" as a word of its own, as the tokenizer splits a
     * report ("Assad's army" is the words assad, s, army), so such aliases can match at all.
     */
    static String split(String text) {
        return POSSESSIVE.matcher(text).replaceAll("$1 's");
    }

    private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L})['’]s\\b");
}
