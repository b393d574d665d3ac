package dev.faultline.cli;

import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Rupture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline ruptures}: pairs whose relation turned against its own baseline, with the events that turned it. */
@Command(name = "ruptures", mixinStandardHelpOptions = true,
        description = {"Lists the pairs of actors whose relation turned against its own baseline: the period it turned,",
                "the mean weighted event score before and after, how likely so large a turn is by chance (a",
                "permutation test; the knowledge base's ties set where a pair starts), and the events that drove it."})
final class RupturesCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Mixin AlphaOption alpha;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        double p = alpha.value(spec);
        List<Rupture> ruptures = model.read(store).alliance().ruptures(by, p);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.jsonl) {
            ruptures.forEach(r -> JsonLines.write(out, RelationJson.rupture(r)));
        } else {
            Table t = new Table(List.of("A", "B", "FROM", "BEFORE", "AFTER", "P", "EVIDENCE"), 24, 24, 8, 7, 7, 6, 30);
            for (Rupture r : ruptures) t.row(r.a().id(), r.b().id(), r.period(), r.before(), r.after(),
                    String.format(java.util.Locale.ROOT, "%.3f", r.pValue()), String.join(" ", r.evidence()));
            t.print(out);
        }
        out.flush();
        return Faultline.OK;
    }
}
