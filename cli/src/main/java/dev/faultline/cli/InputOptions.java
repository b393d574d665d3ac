package dev.faultline.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
}
