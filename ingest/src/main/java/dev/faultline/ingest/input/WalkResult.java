package dev.faultline.ingest.input;

import dev.faultline.domain.Problem;

import java.nio.file.Path;
import java.util.List;

/** The files found under the inputs, in reading order, and the inputs that could not be walked. */
public record WalkResult(List<Path> files, List<Problem> problems) {
    public WalkResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
