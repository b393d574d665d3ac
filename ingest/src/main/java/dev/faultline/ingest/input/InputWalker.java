package dev.faultline.ingest.input;

import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the user's inputs into files. Folders are walked recursively in name order (so a batch
 * reads the same way on every machine), skipping hidden files and folders.
 *
 * <p>Within folders (never for a file named explicitly) it also passes over files that are
 * evidently not reports: the manifest itself, other CSV/TSV tables, and project documents named
 * README, LICENSE, NOTICE, COPYING or CHANGELOG, which routinely sit beside collected reports.
 */
public final class InputWalker {
    private static final Set<String> DOCUMENT_NAMES = Set.of("readme", "license", "licence", "notice", "copying", "changelog");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("csv", "tsv");

    public WalkResult walk(List<Path> inputs, Path manifestOrNull) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path manifest = manifestOrNull == null ? null : manifestOrNull.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walkFolder(input, manifest, files, problems);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.skipped(input.toString(), Files.isSymbolicLink(input)
                        ? "cannot read: a link to something that does not exist"
                        : "cannot read: not a file or folder"));
            } else {
                problems.add(Problem.skipped(input.toString(), "no such file or folder"));
            }
        }
        return new WalkResult(files, problems);
    }

    private void walkFolder(Path folder, Path manifest, List<Path> files, List<Problem> problems) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.skipped(folder.toString(), "cannot list this folder: " + describe(e)));
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child)) {
                walkFolder(child, manifest, files, problems);
            } else if (Files.isRegularFile(child)) {
                if (!isNotAReport(child, manifest)) files.add(child);
            } else {
                problems.add(Problem.skipped(child.toString(), Files.isSymbolicLink(child)
                        ? "cannot read: a link to something that does not exist"
                        : "cannot read: not a regular file"));
            }
        }
    }

    private static boolean isNotAReport(Path file, Path manifest) {
        if (manifest != null && file.toAbsolutePath().normalize().equals(manifest)) return true;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        return DOCUMENT_NAMES.contains(stem) || TABLE_EXTENSIONS.contains(ext);
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
    }
}
