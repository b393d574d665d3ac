package dev.faultline.cli.bench;

import dev.faultline.places.Gazetteer;
import dev.faultline.places.GazetteerSources;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gazetteer's start-up: building it from its text sources and compiling it (what a first start
 * pays), then opening the compiled form (what every later start pays), each the median of several
 * runs in one JVM, into a scratch folder so the user's cache is left alone.
 */
final class GazetteerBench {
    record Result(List<Double> buildSeconds, List<Double> openSeconds, long indexBytes, int places, int names) {
        String markdown(GazetteerSources sources) {
            return "| what | median | runs |\n|---|---|---|\n"
                    + "| build from " + sources.geonames().size() + " GeoNames file(s), divisions and regions, and compile | "
                    + String.format(java.util.Locale.ROOT, "%.2f s", median(buildSeconds)) + " | " + runs(buildSeconds, 2) + " |\n"
                    + "| open the compiled index (" + indexBytes / (1 << 20) + " MB; " + places + " places, " + names + " names) | "
                    + String.format(java.util.Locale.ROOT, "%.0f ms", median(openSeconds) * 1000) + " | " + runs(openSeconds.stream().map(s -> s * 1000).toList(), 0) + " ms |\n"
                    + "| the first of the open runs (after the build runs in the same JVM: an upper bound on a warm open, not a cold start) | "
                    + String.format(java.util.Locale.ROOT, "%.0f ms", openSeconds.get(0) * 1000) + " | — |";
        }
    }

    private GazetteerBench() {}

    static Result measure(GazetteerSources located, int runs, PrintStream log) throws IOException {
        Path scratch = Files.createTempDirectory("faultline-gazetteer-bench");
        try {
            GazetteerSources sources = new GazetteerSources(located.geonames(), located.admin1Codes(), located.divisions(),
                    located.countries(), located.divisionNames(), Optional.of(scratch));
            List<Double> build = new ArrayList<>(), open = new ArrayList<>();
            Gazetteer g = null;
            for (int i = 0; i < runs; i++) {
                clear(scratch);
                long t = System.nanoTime();
                Gazetteer.open(sources);
                build.add((System.nanoTime() - t) / 1e9);
                log.printf("gazetteer build %d/%d: %.2f s%n", i + 1, runs, build.get(i));
            }
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                g = Gazetteer.open(sources);
                open.add((System.nanoTime() - t) / 1e9);
                log.printf("gazetteer open %d/%d: %.0f ms%n", i + 1, runs, open.get(i) * 1000);
            }
            long bytes;
            try (Stream<Path> files = Files.list(scratch)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            return new Result(build, open, bytes, g.size(), g.names());
        } finally {
            clear(scratch);
            Files.deleteIfExists(scratch);
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String runs(List<Double> xs, int decimals) {
        return String.join(", ", xs.stream().map(x -> String.format(java.util.Locale.ROOT, "%." + decimals + "f", x)).toList());
    }
}
