package dev.faultline.cli;

import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.relation.DyadPoint;
import dev.faultline.relations.AllianceModel;
import dev.faultline.domain.relation.DyadSeries;
import dev.faultline.domain.relation.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline dyad A B}: a pair's cooperation, conflict and balance per period. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = {"Shows how two actors have treated each other over time: per period, the number of events",
                "between them (either way, members' acts included), their cooperation and conflict (Goldstein",
                "scores weighted by credibility and corroboration) and the balance."})
final class DyadCommand implements Callable<Integer> {
    enum DyadFormat { table, json }

    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "An actor id (hezbollah).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Another actor id (quds-force).")
    String b;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    DyadFormat format;

    @Override
    public Integer call() {
        AllianceModel m = model.read(store).alliance();
        for (String id : List.of(a, b)) {
            if (m.actor(id).isEmpty()) throw new IllegalArgumentException("no actor '" + id + "' in the analysed reports");
        }
        DyadSeries d = m.dyad(a, b, by).orElseThrow(() -> new IllegalArgumentException("a dyad needs two different actors"));
        PrintWriter out = spec.commandLine().getOut();
        if (format == DyadFormat.json) {
            JsonLines.write(out, RelationJson.dyad(d));
        } else {
            Table t = new Table(List.of("PERIOD", "EVENTS", "COOPERATION", "CONFLICT", "BALANCE"), 8, 6, 11, 9, 8);
            for (DyadPoint p : d.series()) t.row(p.period(), p.events(), p.cooperation(), p.conflict(), p.balance());
            t.print(out);
        }
        out.flush();
        return Faultline.OK;
    }
}
