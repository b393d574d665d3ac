package dev.faultline.ingest.input;

import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands the user's inputs into files. Folders are walked recursively in name order (so a batch
 * reads the same way on every machine).
 *
 * <p>Every file or folder that is found and not read is named once, with why. Failures (a folder
 * that cannot be listed, a dangling link, a path that does not exist) are SKIPPED problems; files
 * passed over by design are WARNINGs, so a folder of reports with a README beside them still counts
 * as read in full:
 * <ul>
 * <li>hidden files and folders (a hidden folder is named, not its contents);</li>
 * <li>within folders (never for a file named explicitly), files that are evidently not reports: other
 *     CSV/TSV tables, and project documents named README, LICENSE, NOTICE, COPYING or CHANGELOG, which
 *     routinely sit beside collected reports. The manifest itself is passed over without a word: the
 *     user named it as the manifest;</li>
 * <li>a folder reached a second time, through a link: links are followed, but each real folder is
 *     read once, so a link back up the tree (a loop such as {@code self -> .}) is named once and not
 *     followed, rather than read again at every depth;</li>
 * <li>a file reached a second time (a link to a file already read, or a file named twice).</li>
 * </ul>
 * Not thread-safe: one walker per walk.
 */
public final class InputWalker {
    private static final Set<String> DOCUMENT_NAMES = Set.of("readme", "license", "licence", "notice", "copying", "changelog");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("csv", "tsv");

    public WalkResult walk(List<Path> inputs, Path manifestOrNull) {
        Walk walk = new Walk(manifestOrNull == null ? null : realOrAbsolute(manifestOrNull));
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk.folder(input, new ArrayList<>());
            } else if (Files.isRegularFile(input)) {
                walk.file(input);
            } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                walk.problems.add(Problem.skipped(input.toString(), Files.isSymbolicLink(input)
                        ? "cannot read: a link to something that does not exist"
                        : "cannot read: not a file or folder"));
            } else {
                walk.problems.add(Problem.skipped(input.toString(), "no such file or folder"));
            }
        }
        return new WalkResult(walk.files, walk.problems);
    }

    /** The state of one walk: what was found, and the real folders and files already reached. */
    private static final class Walk {
        final Path manifest;
        final List<Path> files = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Map<Path, Path> folders = new HashMap<>();   // real folder -> the path it was first read by
        final Map<Path, Path> seenFiles = new HashMap<>(); // real file -> the path it was first read by
        final Set<Path> named = new HashSet<>();           // paths already named in a problem

        Walk(Path manifest) {
            this.manifest = manifest;
        }

        /** Walks {@code folder}; {@code above} holds the real folders it lies in, to tell a loop from a second link. */
        void folder(Path folder, List<Path> above) {
            Path real;
            try {
                real = folder.toRealPath();
            } catch (IOException | RuntimeException e) {
                note(Problem.skipped(folder.toString(), "cannot read this folder: " + IoFailures.plain(e), e));
                return;
            }
            Path first = folders.putIfAbsent(real, folder);
            if (first != null) {
                note(Problem.warning(folder.toString(), above.contains(real)
                        ? "not followed: a link back to a folder that holds it (a loop); its files are read once, under " + first
                        : "not read again: the same folder as " + first + ", already read"));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(children::add);
            } catch (IOException | RuntimeException e) {
                note(Problem.skipped(folder.toString(), "cannot list this folder: " + IoFailures.plain(e), e));
                return;
            }
            children.sort(Comparator.comparing(p -> p.getFileName().toString()));
            List<Path> path = new ArrayList<>(above);
            path.add(real);
            for (Path child : children) {
                String name = child.getFileName().toString();
                boolean directory = Files.isDirectory(child);
                if (name.startsWith(".")) {
                    note(Problem.warning(child.toString(), "not read: a hidden " + (directory ? "folder" : "file")));
                } else if (directory) {
                    folder(child, path);
                } else if (Files.isRegularFile(child)) {
                    String why = notAReport(child);
                    if (why == null) file(child);
                    else if (!why.isEmpty()) note(Problem.warning(child.toString(), "not read: " + why));
                } else {
                    note(Problem.skipped(child.toString(), Files.isSymbolicLink(child)
                            ? "cannot read: a link to something that does not exist"
                            : "cannot read: not a regular file"));
                }
            }
        }

        void file(Path file) {
            Path real = realOrAbsolute(file);
            Path first = seenFiles.putIfAbsent(real, file);
            if (first == null) files.add(file);
            else note(Problem.warning(file.toString(), "not read again: the same file as " + first + ", already read"));
        }

        /** Why a file in a folder is no report; empty to pass over it in silence; null when it may be one. */
        private String notAReport(Path file) {
            if (manifest != null && realOrAbsolute(file).equals(manifest)) return "";
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot + 1) : "";
            if (DOCUMENT_NAMES.contains(stem)) return "a project document (" + stem.toUpperCase(Locale.ROOT) + "), not a report";
            if (TABLE_EXTENSIONS.contains(ext)) {
                return "a table (." + ext + "), not a report; name it as --manifest if it describes the reports";
            }
            return null;
        }

        private void note(Problem p) {
            if (named.add(Path.of(p.where()))) problems.add(p);
        }
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
