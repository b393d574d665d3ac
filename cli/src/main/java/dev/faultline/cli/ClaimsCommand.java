package dev.faultline.cli;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.app.view.text.Chains;
import dev.faultline.app.view.text.Figures;
import dev.faultline.app.view.json.ClaimJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code faultline claims}: every claim (events and force claims) with who says it and how credible it is. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Lists every claim, events and force sizes alike, with its credibility.",
                "By date: who says it (the chain of attribution, outlet first), how many",
                "independent sources tell the same story, the claims that contradict it, and its",
                "credibility on the Admiralty scale (1 confirmed by other sources, 2 probably",
                "true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged), with the",
                "reasons."})
final class ClaimsCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin GradesOptions grades;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-credibility", paramLabel = "N",
            description = "Only claims rated N or better on the 1..6 scale (3: confirmed, probably or possibly true).")
    Integer minCredibility;

    /** One claim of either kind, with what the table and the order need. */
    private record Line(String id, ArticleId article, int begin, EventDate date, CodedEvent event, ForceClaim force) {
        static final Comparator<Line> ORDER = Comparator
                .comparing((Line l) -> l.date == null ? null : l.date.value().start(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(l -> l.article.value()).thenComparingInt(Line::begin).thenComparing(Line::id);

        List<Attribution> chain() {
            return event != null ? event.attribution() : force.attribution();
        }
    }

    @Override
    public Integer call() {
        if (minCredibility != null && (minCredibility < 1 || minCredibility > 6)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--min-credibility': '" + minCredibility + "' is not a credibility from 1 to 6");
        }
        CorpusSettings settings = grades.settings();
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            CorpusModel all = CorpusModel.read(s, settings);
            List<Line> lines = new ArrayList<>();
            for (CodedEvent e : all.events()) lines.add(new Line(e.id(), e.article(), e.begin(), e.date(), e, null));
            for (ForceClaim f : all.forces()) lines.add(new Line(f.id(), f.article(), f.begin(), f.date(), null, f));
            lines.sort(Line.ORDER);
            int stored = lines.size();
            if (minCredibility != null) lines.removeIf(l -> all.assessment(l.id()).credibility() > minCredibility);
            if (format == Format.jsonl) {
                for (Line l : lines) {
                    JsonLines.write(out, l.event != null ? ClaimJson.event(l.event, all.article(l.article), all.assessment(l.id))
                            : ClaimJson.force(l.force, all.article(l.article), all.assessment(l.id)));
                }
            } else if (lines.isEmpty()) {
                out.println(stored > 0 ? "No claims match."
                        : all.articleCount() == 0 ? "No claims stored yet: run `faultline analyze PATH...` first."
                        : "No claims found in the stored reports.");
            } else {
                table(lines, all).print(out);
            }
            out.flush();
        }
        return Faultline.OK;
    }

    private static Table table(List<Line> lines, CorpusModel all) {
        // 10 + 12 + 30 + 12 + 28 + 4 + 4 + 6 and two spaces between columns: at most 120 columns.
        Table t = new Table(List.of("DATE", "OUTLET", "CLAIM", "MODALITY", "CHAIN", "CORR", "CRED", "CONTRA"),
                10, 12, 30, 12, 28, 4, 4, 6);
        for (Line l : lines) {
            Assessment a = all.assessment(l.id());
            String claim = l.event != null ? l.event.type().name() + " " + dyad(l.event)
                    : Figures.personnel(l.force) + " personnel of " + l.force.actor().actor().id();
            String modality = (l.event != null ? l.event.modality() : l.force.modality()).label();
            t.row(l.date == null ? null : l.date.value().value(), all.outlet(l.article), claim, modality, Chains.cited(l.chain()),
                    a.corroboration(), a.credibility(), a.contradictions().size());
        }
        return t;
    }

    private static String dyad(CodedEvent e) {
        String source = ids(e.source());
        String target = ids(e.target());
        if (target.isEmpty()) return source;
        return source.isEmpty() ? "→ " + target : source + " → " + target;
    }

    private static String ids(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().id()).distinct().collect(Collectors.joining(", "));
    }
}
