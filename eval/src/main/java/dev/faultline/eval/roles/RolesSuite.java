package dev.faultline.eval.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.Score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs and scores the cameo-roles suite. {@code source_f1} and {@code target_f1} are micro F1 over all
 * sentences on token spans matched exactly (same first and last token), as conlleval scores chunks; a
 * gold R span is a gold source and a gold target, so it is found as a source by a produced source span
 * and as a target by a produced target span. {@code source_f1.overlap} and {@code target_f1.overlap}
 * count a span as right when it shares a token with one of the other side (a produced span is right
 * when it overlaps a gold span; a gold span is found when a produced span overlaps it), which shows how
 * much of the miss is only where the mention begins or ends. F1 is NaN (n/a) when there is no gold
 * span, 0 when the system produced none.
 */
public final class RolesSuite {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RolesSuite() {}

    public static List<RoleSentence> read(Path file) throws IOException {
        return RolesConllFile.read(file);
    }

    public static EvalReport run(List<RoleSentence> sentences, RoleSystem system) {
        Score source = Score.zero(), target = Score.zero(), sourceLoose = Score.zero(), targetLoose = Score.zero();
        List<JsonNode> cases = new ArrayList<>();
        for (RoleSentence s : sentences) {
            ProducedRoles p = system.roles(s);
            Set<TokenSpan> ps = new LinkedHashSet<>(p.sources()), pt = new LinkedHashSet<>(p.targets());
            for (TokenSpan x : ps) inside(x, s);
            for (TokenSpan x : pt) inside(x, s);
            source = source.plus(exact(s.sources(), ps));
            target = target.plus(exact(s.targets(), pt));
            sourceLoose = sourceLoose.plus(overlap(s.sources(), ps));
            targetLoose = targetLoose.plus(overlap(s.targets(), pt));
            ObjectNode c = F.objectNode().put("index", s.index()).put("text", s.text());
            words(c.putArray("gold_sources"), s, s.sources());
            words(c.putArray("sources"), s, ps);
            words(c.putArray("gold_targets"), s, s.targets());
            words(c.putArray("targets"), s, pt);
            c.put("ok", ps.equals(new LinkedHashSet<>(s.sources())) && pt.equals(new LinkedHashSet<>(s.targets())));
            cases.add(c);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("source_f1", source.f1());
        m.put("target_f1", target.f1());
        m.put("source_f1.overlap", sourceLoose.f1());
        m.put("target_f1.overlap", targetLoose.f1());
        return new EvalReport("cameo-roles", m, sentences.size(), cases);
    }

    static Score exact(List<TokenSpan> gold, Set<TokenSpan> produced) {
        Set<TokenSpan> g = new LinkedHashSet<>(gold);
        int hit = (int) produced.stream().filter(g::contains).count();
        return new Score(hit, produced.size(), hit, g.size());
    }

    static Score overlap(List<TokenSpan> gold, Set<TokenSpan> produced) {
        Set<TokenSpan> g = new LinkedHashSet<>(gold);
        int right = (int) produced.stream().filter(x -> g.stream().anyMatch(x::overlaps)).count();
        int found = (int) g.stream().filter(x -> produced.stream().anyMatch(x::overlaps)).count();
        return new Score(right, produced.size(), found, g.size());
    }

    private static void inside(TokenSpan x, RoleSentence s) {
        if (x.end() > s.tokens().size()) {
            throw new IllegalArgumentException("the system gave span " + x + " for sentence " + s.index() + " of " + s.tokens().size() + " tokens");
        }
    }

    private static void words(ArrayNode out, RoleSentence s, Iterable<TokenSpan> spans) {
        for (TokenSpan x : spans) out.add(s.words(x));
    }
}
