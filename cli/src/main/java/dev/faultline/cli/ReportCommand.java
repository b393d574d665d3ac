package dev.faultline.cli;

import dev.faultline.app.view.report.HtmlReport;
import dev.faultline.app.view.report.MarkdownReport;
import dev.faultline.app.view.report.ReportBuilder;
import dev.faultline.app.view.report.ReportModel;
import dev.faultline.app.view.report.WorldAtlas;
import dev.faultline.domain.relation.Granularity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code faultline report}: a brief of the stored corpus as one self-contained HTML page or as Markdown. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a brief of the analysed reports: the corpus, the principal actors,",
                "the alliance structure (blocs per period, key relations), ruptures with their",
                "evidence, a timeline, a map of the located events, the order of battle with",
                "its contradictions, and the balance of the most active pairs.",
                "FILE.html is one self-contained page (inline CSS and SVG, no script, nothing",
                "fetched) that opens offline; FILE.md is Markdown for notes. The map's country",
                "outlines come from scripts/fetch-world-atlas.sh; without them the map says so."})
final class ReportCommand implements Callable<Integer> {
    /** What the output file's extension asks for. */
    enum Kind { HTML, MARKDOWN }

    @Mixin StoreOptions store;
    @Mixin ModelOptions model;
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The report to write: FILE.html (or .htm) or FILE.md.")
    Path out;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Mixin AlphaOption alpha;

    @Option(names = "--world-atlas", paramLabel = "FILE",
            description = "Country outlines for the map (TopoJSON; default: the cache scripts/fetch-world-atlas.sh fills).")
    Path atlas;

    @Override
    public Integer call() {
        Kind kind = kind(out);
        double p = alpha.value(spec);
        ReportModel report = ReportBuilder.build(model.read(store), by, p);
        LocalDate today = LocalDate.now();
        String text;
        if (kind == Kind.HTML) {
            WorldAtlas outlines = WorldAtlas.load(atlas != null ? atlas : WorldAtlas.defaultFile());
            if (outlines.problem() != null && !report.located().isEmpty()) {
                spec.commandLine().getErr().println("faultline report: the map has no country outlines: " + outlines.problem());
            }
            text = HtmlReport.render(report, outlines, today);
        } else {
            text = MarkdownReport.render(report, today);
        }
        write(out, text);
        spec.commandLine().getOut().println("Wrote " + out + " (" + (kind == Kind.HTML ? "HTML" : "Markdown") + "): "
                + report.corpus().articles() + " articles, " + report.corpus().events() + " events, " + report.ruptures().size()
                + " ruptures, " + report.located().size() + " located events.");
        spec.commandLine().getOut().flush();
        return Faultline.OK;
    }

    private Kind kind(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) return Kind.HTML;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Kind.MARKDOWN;
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Invalid value for option '--out': '" + file + "' must end in .html (a self-contained page) or .md (Markdown)");
    }

    /** Writes beside the target, then moves it in place, so that a failed run leaves no half report. */
    private static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
