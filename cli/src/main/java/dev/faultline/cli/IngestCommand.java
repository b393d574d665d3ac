package dev.faultline.cli;

import dev.faultline.app.job.IngestJob;
import dev.faultline.domain.Problem;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code faultline ingest PATH...}: read, clean, de-duplicate and store reports. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads reports, removes page debris, links near-duplicates and stores them.",
                "Re-running the same ingest changes nothing. Exit code 1 when an input had to be skipped."})
final class IngestCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        inputs.check(spec);
        try (Store s = store.open()) {
            IngestJob.Summary summary = ingest(s, inputs, spec.commandLine().getErr());
            spec.commandLine().getErr().println("faultline: stored " + summary.describe(s.describe()));
            return summary.anySkipped() ? Faultline.FAILURE : Faultline.OK;
        }
    }

    /** Runs an ingest, reporting every problem on {@code err} as one line naming its input. */
    static IngestJob.Summary ingest(Store s, InputOptions inputs, PrintWriter err) {
        ProgressListener progress = Progress.forTerminal("Reading");
        IngestJob.Summary summary;
        try {
            summary = new IngestJob(Ingest.withDefaults()).run(s, inputs.paths, inputs.manifest, progress);
        } finally {
            Progress.close(progress);
        }
        for (Problem p : summary.problems()) {
            err.println("faultline: " + (p.severity() == Problem.Severity.SKIPPED ? "skipped " : "warning: ") + (inputs.verbose ? p.verbose() : p));
        }
        return summary;
    }
}
