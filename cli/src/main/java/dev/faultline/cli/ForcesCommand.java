package dev.faultline.cli;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.app.view.text.Chains;
import dev.faultline.app.view.text.Figures;
import dev.faultline.app.view.json.ForceJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code faultline forces ACTOR}: what the reports say of an actor's force sizes, by date. */
@Command(name = "forces", mixinStandardHelpOptions = true,
        description = {"Lists what the reports say of an actor's forces, by date, with credibility.",
                "How many, where, in what words, on whose word and how credible each figure is.",
                "An actor's forces include those of everything that belongs to it (iran: also",
                "the IRGC's and the Quds Force's)."})
final class ForcesCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin GradesOptions grades;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTOR", description = "An actor: an id as `faultline actors` lists them (hezbollah, iran, quds-force), a name or an alias.")
    String actor;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        CorpusSettings settings = grades.settings();
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            String actor = ActorArgument.resolve(s, this.actor, spec, "parameter ACTOR");
            List<ForceClaim> claims = s.forceClaims(Optional.of(actor));
            if (claims.isEmpty()) {
                if (format == Format.table) {
                    spec.commandLine().getErr().println("faultline forces: no force claims for " + actor);
                    spec.commandLine().getErr().flush();
                }
                return Faultline.OK;
            }
            CorpusModel all = CorpusModel.read(s, settings);   // credibility weighs each claim against every stored claim
            if (format == Format.jsonl) {
                for (ForceClaim f : claims) JsonLines.write(out, ForceJson.of(f, all.outlet(f.article()), all.assessment(f.id())));
            } else {
                table(claims, all).print(out);
            }
            out.flush();
        }
        return Faultline.OK;
    }

    private static Table table(List<ForceClaim> claims, CorpusModel all) {
        // 10 + 12 + 24 + 20 + 40 + 4 and two spaces between columns: at most 120 columns.
        Table t = new Table(List.of("DATE", "PERSONNEL", "ACTOR", "PLACE", "SOURCE", "CRED"), 10, 12, 24, 20, 40, 4);
        for (ForceClaim f : claims) {
            Assessment a = all.assessment(f.id());
            t.row(f.date() == null ? null : f.date().value().value(), Figures.personnel(f), f.actor().actor().id(),
                    f.place() == null ? null : f.place().name(), Chains.all(f.attribution()), a == null ? null : a.credibility());
        }
        return t;
    }
}
