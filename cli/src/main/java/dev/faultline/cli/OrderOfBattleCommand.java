package dev.faultline.cli;

import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code faultline order-of-battle}: forces per actor and place over time, from the force claims. */
@Command(name = "order-of-battle", mixinStandardHelpOptions = true,
        description = {"Shows the order of battle the reports give: for each actor, place and period, the lowest and",
                "highest figures claimed for its forces and the claims they come from (see `faultline forces`)."})
final class OrderOfBattleCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Option(names = "--by", defaultValue = "year", paramLabel = "PERIOD", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<ForceStanding> oob = model.read(store).alliance().orderOfBattle(by);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.jsonl) {
            for (ForceStanding f : oob) JsonLines.write(out, RelationJson.standing(f));
        } else {
            Table t = new Table(List.of("PERIOD", "ACTOR", "PLACE", "FORCES", "CLAIMS"), 8, 28, 24, 20, 6);
            for (ForceStanding f : oob) {
                String forces = f.low() == f.high() ? String.format(Locale.ROOT, "%,d", f.low())
                        : String.format(Locale.ROOT, "%,d–%,d", f.low(), f.high());
                t.row(f.period(), f.actor().id(), f.place() == null ? null : f.place().name(), forces, f.claims().size());
            }
            t.print(out);
        }
        out.flush();
        return Faultline.OK;
    }
}
