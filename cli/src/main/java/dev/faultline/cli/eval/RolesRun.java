package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.roles.ProducedRoles;
import dev.faultline.eval.roles.RoleSentence;
import dev.faultline.eval.roles.RolesSuite;
import dev.faultline.eval.roles.TokenSpan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * cameo-roles: each gold sentence's tokens joined by spaces is an undated article; the produced events'
 * source and target mentions are mapped back to gold tokens by their character offsets.
 */
final class RolesRun implements SuiteRun {
    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        List<RoleSentence> sentences = RolesSuite.read(SuiteRun.file(data, "cameo-roles", ".txt"));
        List<EvalBatch.Case> cases = new ArrayList<>();
        for (RoleSentence s : sentences) cases.add(new EvalBatch.Case(Integer.toString(s.index()), s.text(), null, null));
        Map<String, CodedDocument> coded = EvalBatch.analyze(Analyzer.load(options), "cameo-roles", cases, failures);
        return RolesSuite.run(sentences, s -> roles(s, coded.get(Integer.toString(s.index()))));
    }

    static ProducedRoles roles(RoleSentence s, CodedDocument d) {
        if (d == null) return ProducedRoles.none();
        List<TokenSpan> sources = new ArrayList<>(), targets = new ArrayList<>();
        for (CodedEvent e : d.events()) {
            spans(s, e.source(), sources);
            spans(s, e.target(), targets);
        }
        return new ProducedRoles(sources, targets);
    }

    private static void spans(RoleSentence s, List<ActorMention> ms, List<TokenSpan> into) {
        for (ActorMention m : ms) {
            TokenSpan t = s.covering(m.begin(), m.end());
            if (t != null) into.add(t);
        }
    }
}
