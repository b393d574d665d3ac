package dev.faultline.cli;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.export.GraphMl;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.relation.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline relations}: who commands, leads, backs, allies with or fights whom, with the evidence. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"Lists the relations between the actors of the analysed reports, with their evidence: command,",
                "leadership, membership, backing and proxies from the knowledge base; alliance and hostility from",
                "the events' balance of cooperation and conflict (acts of members counted for what they belong to)."})
final class RelationsCommand implements Callable<Integer> {
    enum RelationFormat { table, jsonl, graphml }

    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, jsonl or graphml (default: ${DEFAULT-VALUE}).")
    RelationFormat format;

    @Override
    public Integer call() {
        CorpusModel m = model.read(store);
        PrintWriter out = spec.commandLine().getOut();
        List<Relation> relations = m.alliance().relations();
        switch (format) {
            case jsonl -> relations.forEach(r -> JsonLines.write(out, RelationJson.relation(r)));
            case graphml -> GraphMl.write(m.alliance(), m.events(), out);
            case table -> {
                Table t = new Table(List.of("A", "RELATION", "B", "FROM", "TO", "SCORE", "EVIDENCE"), 24, 10, 24, 8, 8, 7, 30);
                for (Relation r : relations) {
                    t.row(r.a().id(), r.type().label() + (r.rolledUp() ? "*" : ""), r.b().id(), value(r.from()), value(r.to()),
                            r.basis() == Relation.Basis.EVENTS ? r.score() : null,
                            r.basis() == Relation.Basis.EVENTS ? r.evidence().size() + " events" : r.citation());
                }
                t.print(out);
                if (relations.stream().anyMatch(Relation::rolledUp)) out.println("* rolled up: acts of members counted for what they belong to");
            }
        }
        out.flush();
        return Faultline.OK;
    }

    private static String value(PartialDate d) {
        return d == null ? null : d.value();
    }
}
