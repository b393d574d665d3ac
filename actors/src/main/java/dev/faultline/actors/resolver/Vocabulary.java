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
import dev.faultline.domain.actor.RelationCue;

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
    /** Relation cues that stand between two actors ("loyal to", "backed by"). */
    final PhraseTrie<RelationCue> relationsBetween;
    /** Nouns naming what an actor is to another ("armed wing", "ally"), office titles among them with their link. */
    final PhraseTrie<RelationCue> relationNouns;
    /** Verbs whose subject takes a relation to their object ("joined", "defected to"). */
    final PhraseTrie<RelationCue> relationVerbs;
    /** Words after which an actor names its members ("include", "including"). */
    final PhraseTrie<RelationCue> memberLists;
    final StateOrgans stateOrgans;
    /** States by the common nouns a report refers back to them by ("kingdom": Saudi Arabia, Jordan, ...). */
    final Map<String, java.util.Set<String>> statesByNominal = new HashMap<>();
    /** Offices by holder, so "the prime minister" is checked against a person's own offices only. */
    final Map<String, List<Office>> officesByHolder = new HashMap<>();

    /** Last words of a name that make it a part of the organisation its first words name ("the NCRI ... Committee"). */
    final java.util.Set<String> bodyParts = dev.faultline.lexicon.WordLists.load("dev/faultline/actors/lexicon/body-parts.txt").words();

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
        Map<RelationCue.Form, PhraseTrie.Builder<RelationCue>> byForm = new java.util.EnumMap<>(RelationCue.Form.class);
        for (RelationCue.Form f : RelationCue.Form.values()) byForm.put(f, PhraseTrie.builder(same));
        PhraseTrie.Builder<RelationCue> nouns = byForm.get(RelationCue.Form.NOUN);
        for (RelationCue c : kb.relationCues()) if (!words(c.text()).isEmpty()) byForm.get(c.form()).put(words(c.text()), c);
        for (OfficeTitle ti : kb.titles()) {
            for (String p : ti.phrases()) if (!words(p).isEmpty()) nouns.put(words(p), new RelationCue(p, RelationCue.Form.NOUN, ti.link(), false));
        }
        relationsBetween = byForm.get(RelationCue.Form.BETWEEN).build();
        relationNouns = nouns.build();
        relationVerbs = byForm.get(RelationCue.Form.VERB).build();
        memberLists = byForm.get(RelationCue.Form.LIST).build();
        stateOrgans = new StateOrgans(kb, aliases);
        for (dev.faultline.domain.actor.StateProfile st : kb.states()) {
            for (String n : st.nominals()) statesByNominal.computeIfAbsent(AliasKey.loose(n), k -> new java.util.HashSet<>()).add(st.actor());
        }
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
