package dev.faultline.cli.eval;

import dev.faultline.cli.Faultline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code faultline eval SUITE --data PATH [--out FILE]}: scores the pipeline on a gold set. */
@Command(name = "eval", description = "Scores Faultline on a gold-standard set (see the README's evaluation section).")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SUITE", description = "re3d")
    String suite;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The suite's data (file or folder).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON report here.")
    Path out;

    @Override
    public Integer call() {
        throw new IllegalStateException("eval " + suite + " is not built yet");
    }
}
