package dev.faultline.cli;

import dev.faultline.app.model.CorpusSettings;
import dev.faultline.app.view.export.Export;
import dev.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline export}: the whole model as files other tools open (Gephi, QGIS, spreadsheets, GDELT and PLOVER tooling). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the analysed reports' model into a folder, for other tools:",
                "  articles, actors, events, claims, forces, relations: .csv and .jsonl",
                "  relations.graphml    actors and relations, with time ranges (Gephi)",
                "  events.geojson       the events that have coordinates (QGIS)",
                "  events.gdelt.tsv     a GDELT 2.0-style event table",
                "  events.plover.jsonl  PLOVER event data",
                "Files of the same names are replaced."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created when missing).")
    Path out;

    @Option(names = "--format", defaultValue = "all", paramLabel = "FORMAT",
            description = "all, graphml, geojson, csv, jsonl, gdelt or plover (default: ${DEFAULT-VALUE}): one format writes only its files.")
    Export.Format format;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            spec.commandLine().getErr().println("faultline export: --out " + out + " is a file, not a folder");
            spec.commandLine().getErr().flush();
            return Faultline.USAGE;
        }
        CorpusSettings settings = model.settings();
        List<Export.Written> written;
        try (Store s = store.openForReading()) {   // the articles' texts are read a page at a time as their files are written
            written = Export.write(ModelOptions.read(s, settings), s::articles, out, format, Instant.now());
        }
        spec.commandLine().getOut().println(Export.summary(out, written));
        spec.commandLine().getOut().flush();
        return Faultline.OK;
    }
}
