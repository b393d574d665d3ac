package dev.faultline.cli;

import dev.faultline.app.view.json.ActorJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.store.Store;
import dev.faultline.store.Store.ActorSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline actors}: every actor found, with its mentions, spellings and lineage. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Lists the actors found in the analysed reports, most mentioned first:",
                "how often and in how many reports, the spellings seen, and what each belongs to."})
final class ActorsCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            List<ActorSummary> actors = s.actorSummaries();
            if (format == Format.jsonl) {
                for (ActorSummary a : actors) JsonLines.write(out, ActorJson.listing(a));
            } else if (actors.isEmpty()) {
                out.println("No actors stored yet: run `faultline analyze PATH...` first.");
            } else {
                table(actors).print(out);
            }
            out.flush();
        }
        return Faultline.OK;
    }

    static Table table(List<ActorSummary> actors) {
        Table t = new Table(List.of("ACTOR", "KIND", "COUNTRY", "SECTOR", "MENTIONS", "REPORTS", "SPELLINGS", "LINEAGE"),
                28, 18, 7, 6, 8, 7, 48, 60);
        for (ActorSummary a : actors) {
            var r = a.actor();
            String kind = r.kind().label() + (r.origin() == ActorRef.Origin.CANDIDATE ? " (new)" : "");
            t.row(r.id(), kind, r.country(), r.sector(), a.mentions(), a.articles(),
                    String.join(", ", a.spellings()), String.join(" > ", r.lineage()));
        }
        return t;
    }
}
