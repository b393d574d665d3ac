package dev.faultline.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A new user's first {@code analyze} of one report, timed from outside: a fresh JVM (this one's class path and JVM
 * options, so the launcher's heap and class archive) runs {@code analyze REPORT --db NEW.duckdb}; the time is from
 * starting the process to its exit, by which the report's events are stored. Resident memory is the process's peak
 * (the kernel's {@code VmHWM}, read while it runs; 0 where {@code /proc} is missing).
 */
final class ColdStart {
    record Result(Path report, List<Double> seconds, List<Long> peakRssBytes, int exitCode) {
        double medianSeconds() {
            return median(seconds);
        }

        double medianRssMb() {
            return median(peakRssBytes.stream().map(b -> b / 1048576.0).toList());
        }

        String perRun() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < seconds.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f s/%,d MB", seconds.get(i), peakRssBytes.get(i) >> 20));
            }
            return s.toString();
        }
    }

    private ColdStart() {
    }

    static Result measure(Path report, int runs, PrintStream log) {
        List<Double> seconds = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        int exit = 0;
        for (int run = 1; run <= runs; run++) {
            Path dir;
            try {
                dir = Files.createTempDirectory("faultline-cold");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder for the cold start's database", e);
            }
            try {
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.faultline.cli.Faultline",
                        "analyze", report.toString(), "--db", dir.resolve("cold.duckdb").toString()));
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.to(dir.resolve("output.txt").toFile())).start();
                long peak = 0;
                while (!p.waitFor(20, TimeUnit.MILLISECONDS)) peak = Math.max(peak, highWaterMark(p.pid()));
                double s = (System.nanoTime() - start) / 1e9;
                exit = Math.max(exit, p.exitValue());
                seconds.add(s);
                rss.add(peak);
                log.printf(Locale.ROOT, "  cold start %d: %.2f s, peak resident %,d MB, exit %d%n", run, s, peak >> 20, p.exitValue());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a JVM for the cold start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while timing the cold start", e);
            } finally {
                BenchFiles.deleteQuietly(dir);
            }
        }
        return new Result(report, seconds, rss, exit);
    }

    /** The process's peak resident memory so far, from /proc; 0 when it cannot be read (gone, or no /proc). */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two reads, or this system has no /proc: keep what was read
        }
        return 0;
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
