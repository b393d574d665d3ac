package dev.faultline.cli;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.app.view.export.Tables;
import dev.faultline.app.view.text.SafeCsv;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.PloverType;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code faultline events}: the coded events, filtered by actor, type and date. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the events coded from the analysed reports, by date.",
                "Who did what to whom, when, where, with what forces, in PLOVER and CAMEO terms,",
                "with the sentence each came from and who says so; jsonl and csv add how",
                "credible each is, weighed against every stored claim."})
final class EventsCommand implements Callable<Integer> {
    enum EventFormat { table, jsonl, csv }

    static final List<String> CSV_COLUMNS = Tables.EVENT_COLUMNS;

    @Mixin StoreOptions store;
    @Mixin GradesOptions grades;
    @Spec CommandSpec spec;

    @Option(names = "--actor", paramLabel = "A", description = "Only events whose source or target is this actor (an id, a name or an alias), or belongs to it "
            + "(iran: also the Quds Force's).")
    String actor;

    @Option(names = "--type", paramLabel = "T", description = "Only events of this PLOVER type (ASSAULT, RETREAT, ...).")
    String type;

    @Option(names = "--since", paramLabel = "D", description = "Only events on or after this date (2018, 2018-08 or 2018-08-08).")
    String since;

    @Option(names = "--until", paramLabel = "D", description = "Only events on or before this date.")
    String until;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    EventFormat format;

    @Override
    public Integer call() {
        EventQuery q = EventQuery.all();
        if (type != null) {
            q = q.withType(PloverType.parse(type).orElseThrow(() -> bad("--type", type, "a PLOVER type: " + List.of(PloverType.values()))));
        }
        if (since != null) q = q.withSince(date("--since", since));
        if (until != null) q = q.withUntil(date("--until", until));
        CorpusSettings settings = grades.settings();
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            if (actor != null) q = q.withActor(ActorArgument.resolve(s, actor, spec, "option '--actor'"));
            List<CodedEvent> events = s.events(q).toList();
            // Credibility weighs each event against every stored claim, not only those the filters keep.
            CorpusModel all = format == EventFormat.table || events.isEmpty() ? null : CorpusModel.read(s, settings);
            Function<CodedEvent, String> outlet = e -> all == null ? null : all.outlet(e.article());
            Function<CodedEvent, Assessment> assessment = e -> all == null ? null : all.assessment(e.id());
            switch (format) {
                case jsonl -> events.forEach(e -> JsonLines.write(out, EventJson.event(e, outlet.apply(e), assessment.apply(e))));
                case csv -> csv(out, events, outlet, assessment);
                case table -> {
                    if (events.isEmpty()) out.println(s.articleCount() == 0 ? "No events stored yet: run `faultline analyze PATH...` first."
                            : "No events match.");
                    else table(events).print(out);
                }
            }
            out.flush();
        }
        return Faultline.OK;
    }

    private CommandLine.ParameterException bad(String option, String value, String expected) {
        return new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '" + value + "' is not " + expected);
    }

    private PartialDate date(String option, String value) {
        return PartialDate.parse(value).orElseThrow(() -> bad(option, value, "a date (2018, 2018-08 or 2018-08-08)"));
    }

    static Table table(List<CodedEvent> events) {
        Table t = new Table(List.of("DATE", "TYPE", "CAMEO", "SOURCE", "TARGET", "MODALITY", "PLACE", "SIZE", "TEXT"),
                10, 9, 5, 30, 30, 9, 20, 20, 80);
        for (CodedEvent e : events) {
            t.row(e.date() == null ? "" : e.date().value().value(), e.type().name(), e.cameo(), names(e.source()), names(e.target()),
                    e.modality().label(), e.place() == null ? "" : e.place().name(), size(e), e.text());
        }
        return t;
    }

    private static String names(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().id()).distinct().collect(Collectors.joining(", "));
    }

    private static String size(CodedEvent e) {
        if (e.size() == null) return "";
        StringBuilder b = new StringBuilder();
        if (e.size().personnel() != null) b.append(e.size().personnel()).append(" personnel ");
        if (e.size().killed() != null) b.append(e.size().killed()).append(" killed ");
        if (e.size().injured() != null) b.append(e.size().injured()).append(" injured");
        return b.toString().strip();
    }

    private static void csv(PrintWriter out, List<CodedEvent> events, Function<CodedEvent, String> outlet,
                            Function<CodedEvent, Assessment> assessment) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
            for (CodedEvent e : events) SafeCsv.record(p, Tables.eventRow(e, outlet.apply(e), assessment.apply(e)));
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
        }
    }
}
