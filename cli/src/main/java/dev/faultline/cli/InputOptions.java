package dev.faultline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The inputs of {@code ingest} and {@code analyze}: files and folders, and an optional manifest. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Report files (.txt, .html, .htm, .jsonl, RSS/Atom) or folders, read recursively.")
    List<Path> paths;

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "CSV naming any of file,url,outlet,published,title per input; its values win over the files' own.")
    Path manifest;

    @Option(names = "--verbose", description = "With each problem, its cause in the words of the library or system that found it.")
    boolean verbose;

    /**
     * Fails the command, before any store is opened, on a manifest that is not a readable file: a mistyped one must not
     * let the whole batch be stored without its outlets and dates.
     */
    void check(CommandSpec spec) {
        if (manifest == null) return;
        String problem = Files.isDirectory(manifest) ? "is a folder, not a CSV file"
                : !Files.exists(manifest) ? "does not exist" : !Files.isReadable(manifest) ? "cannot be read" : null;
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--manifest': " + manifest + " " + problem
                    + "; nothing was stored");
        }
    }
}
