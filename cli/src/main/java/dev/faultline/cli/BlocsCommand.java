package dev.faultline.cli;

import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline blocs}: who clusters with whom, per period. */
@Command(name = "blocs", mixinStandardHelpOptions = true,
        description = {"Shows the coalition structure per period: the principal actors grouped so that cooperation",
                "falls within groups and conflict between them (the knowledge base's ties in force count too)."})
final class BlocsCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Option(names = "--by", defaultValue = "year", paramLabel = "PERIOD", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<Bloc> blocs = model.read(store).alliance().blocs(by);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.jsonl) {
            blocs.forEach(b -> JsonLines.write(out, RelationJson.bloc(b)));
        } else {
            Table t = new Table(List.of("PERIOD", "GROUP", "ACTORS"), 8, 5, 100);
            for (Bloc b : blocs) {
                for (int i = 0; i < b.groups().size(); i++) t.row(b.period(), i + 1, String.join(", ", b.groups().get(i)));
            }
            t.print(out);
        }
        out.flush();
        return Faultline.OK;
    }
}
