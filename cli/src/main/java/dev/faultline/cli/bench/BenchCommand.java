package dev.faultline.cli.bench;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code faultline bench}: measures the pipeline's speed and memory on the shared corpora. */
@Command(name = "bench", description = "Measures throughput and peak heap on ../shared/corpora.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("bench is not built yet");
    }
}
