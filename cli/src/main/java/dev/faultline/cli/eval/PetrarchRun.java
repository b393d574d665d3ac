package dev.faultline.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.actors.tabari.verbs.VerbDictionary;
import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.petrarch.PetrarchCoding;
import dev.faultline.eval.petrarch.PetrarchDictionaries;
import dev.faultline.eval.petrarch.PetrarchRecord;
import dev.faultline.eval.petrarch.PetrarchSuite;
import dev.faultline.events.tabari.Discards;
import dev.faultline.events.tabari.PennTrees;
import dev.faultline.events.tabari.TabariCoder;
import dev.faultline.events.tabari.TabariEvent;
import dev.faultline.events.tabari.TabariOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * petrarch: the unit-test records are coded by the TABARI coder with the dictionaries their file names
 * (read through the product's TABARI importers), over the parse each record supplies, as PETRARCH is
 * given parsed input. The PETRARCH-2 validation records ({@code PETR2_GSR_validation.xml} beside them),
 * whose Phoenix dictionaries are not shipped, are coded by the product's own pipeline from their text
 * (actors' CAMEO codes from the knowledge base) and reported separately, under {@code gsr_} keys (their cases carry {@code "set": "gsr"}).
 */
final class PetrarchRun implements SuiteRun {
    static final String GSR_FILE = "PETR2_GSR_validation.xml";

    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        Path records = SuiteRun.file(data, "petrarch", "records.xml");
        EvalReport unit = unitTests(records, failures);
        Path gsr = (Files.isDirectory(data) ? data : records.toAbsolutePath().getParent()).resolve(GSR_FILE);
        if (!Files.isRegularFile(gsr)) return unit;
        EvalReport second = gsr(gsr, options, failures);
        Map<String, Double> metrics = new LinkedHashMap<>(unit.metrics());
        second.metrics().forEach((k, v) -> metrics.put("gsr_" + k, v));
        List<JsonNode> cases = new ArrayList<>(unit.cases());
        for (JsonNode c : second.cases()) cases.add(((ObjectNode) c.deepCopy()).put("set", "gsr"));
        return new EvalReport(unit.suite(), metrics, unit.n(), cases);
    }

    static EvalReport unitTests(Path records, List<String> failures) throws IOException {
        PetrarchDictionaries files = PetrarchDictionaries.of(records);
        TabariDictionary actors = TabariDictionary.load(files.actors(), files.agents());
        VerbDictionary verbs = VerbDictionary.load(files.verbs());
        Discards discards = Discards.load(files.discards().stream().filter(Files::isRegularFile).toList());
        TabariCoder coder = new TabariCoder(actors, verbs, discards);
        return PetrarchSuite.run(PetrarchSuite.UNIT_TESTS, PetrarchSuite.read(records), r -> {
            if (r.parse().isBlank() || !r.parse().strip().startsWith("(")) {
                failures.add("petrarch: record " + r.id() + " has no bracketed parse; coded as nothing");
                return List.of();
            }
            try {
                List<PetrarchCoding> out = new ArrayList<>();
                for (TabariEvent e : coder.code(PennTrees.read(r.parse()), TabariOptions.of(r.day().orElse(null), r.config()))) {
                    out.add(new PetrarchCoding(e.source(), e.target(), e.code()));
                }
                return out;
            } catch (IllegalArgumentException e) {
                failures.add("petrarch: record " + r.id() + ": unreadable parse: " + e.getMessage());
                return List.of();
            }
        });
    }

    private static EvalReport gsr(Path file, AnalysisOptions options, List<String> failures) throws IOException {
        List<PetrarchRecord> records = PetrarchSuite.read(file);
        List<EvalBatch.Case> cases = new ArrayList<>();
        for (PetrarchRecord r : records) {
            if (!r.scored()) continue;
            PartialDate date = r.day().map(PartialDate::ofDay).orElse(null);
            cases.add(new EvalBatch.Case(r.id(), r.text(), null, date));
        }
        Map<String, CodedDocument> coded = EvalBatch.analyze(Analyzer.load(options), PetrarchSuite.GSR, cases, failures);
        return PetrarchSuite.run(PetrarchSuite.GSR, records, r -> codings(coded.get(r.id())));
    }

    private static List<PetrarchCoding> codings(CodedDocument d) {
        if (d == null) return List.of();
        Set<PetrarchCoding> out = new LinkedHashSet<>();
        for (CodedEvent e : d.events()) {
            for (String s : codes(e.source())) for (String t : codes(e.target())) out.add(new PetrarchCoding(s, t, e.cameo()));
        }
        return List.copyOf(out);
    }

    private static List<String> codes(List<ActorMention> side) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : side) {
            String c = m.actor().cameo();
            if (c != null && !c.isBlank() && !out.contains(c)) out.add(c);
        }
        return out.isEmpty() ? List.of(TabariEvent.NONE) : out;
    }
}
