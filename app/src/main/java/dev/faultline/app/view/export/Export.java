package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.domain.Article;
import dev.faultline.domain.relation.Relation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes a corpus's exports into a folder, one file per table and format, replacing files of the same
 * names: {@code articles, actors, events, claims, forces, relations} as {@code .csv} and
 * {@code .jsonl}, {@code events.geojson}, {@code relations.graphml}, {@code events.gdelt.tsv} and
 * {@code events.plover.jsonl}. All files are UTF-8.
 */
public final class Export {
    /** What to write: everything, or one format's files. */
    public enum Format { all, graphml, geojson, csv, jsonl, gdelt, plover }

    /** One written file and how many records it holds. */
    public record Written(String file, int records) {}

    private Export() {
    }

    /**
     * Writes {@code format}'s files of the corpus into {@code dir} (created when missing); {@code now} dates the GDELT
     * rows. {@code articles} gives the corpus's articles with their texts, read once, as the articles' files are written.
     */
    public static List<Written> write(CorpusModel corpus, Supplier<Stream<Article>> articles, Path dir, Format format, Instant now) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<Written> out = new ArrayList<>();
        boolean all = format == Format.all;
        List<Relation> relations = all || format == Format.csv || format == Format.jsonl ? corpus.alliance().relations() : List.of();
        if (all || format == Format.csv) {
            out.add(file(dir, "articles.csv", w -> Tables.articles(articles.get(), w)));
            out.add(file(dir, "actors.csv", w -> Tables.actors(corpus, w)));
            out.add(file(dir, "events.csv", w -> Tables.events(corpus, w)));
            out.add(file(dir, "claims.csv", w -> Tables.claims(corpus, w)));
            out.add(file(dir, "forces.csv", w -> Tables.forces(corpus, w)));
            out.add(file(dir, "relations.csv", w -> Tables.relations(relations, w)));
        }
        if (all || format == Format.jsonl) {
            out.add(file(dir, "articles.jsonl", w -> Lines.articles(articles.get(), w)));
            out.add(file(dir, "actors.jsonl", w -> Lines.actors(corpus, w)));
            out.add(file(dir, "events.jsonl", w -> Lines.events(corpus, w)));
            out.add(file(dir, "claims.jsonl", w -> Lines.claims(corpus, w)));
            out.add(file(dir, "forces.jsonl", w -> Lines.forces(corpus, w)));
            out.add(file(dir, "relations.jsonl", w -> Lines.relations(relations, w)));
        }
        if (all || format == Format.geojson) out.add(file(dir, "events.geojson", w -> GeoJson.write(corpus, w)));
        if (all || format == Format.graphml) {
            out.add(file(dir, "relations.graphml", w -> {
                GraphMl.write(corpus.alliance(), corpus.events(), w);
                return corpus.alliance().relations().size();
            }));
        }
        if (all || format == Format.gdelt) out.add(file(dir, "events.gdelt.tsv", w -> Gdelt.write(corpus, now, w)));
        if (all || format == Format.plover) out.add(file(dir, "events.plover.jsonl", w -> PloverJson.write(corpus, w)));
        return out;
    }

    /** "14 files in out/: articles.csv (2), ..." */
    public static String summary(Path dir, List<Written> written) {
        List<String> parts = new ArrayList<>();
        for (Written w : written) parts.add(w.file() + " (" + w.records() + ")");
        return String.format(Locale.ROOT, "Wrote %d file%s to %s: %s", written.size(), written.size() == 1 ? "" : "s", dir,
                String.join(", ", parts));
    }

    private interface Content {
        int write(PrintWriter out) throws IOException;
    }

    /**
     * Writes {@code name} in {@code dir} as a new file beside it, then renames that over the name: a link of that name
     * (to a file outside the folder) is replaced, never written through, and a failure leaves the old file whole.
     */
    private static Written file(Path dir, String name, Content content) {
        Path f = dir.resolve(name);
        Path part = null;
        try {
            part = Files.createTempFile(dir, "." + name + ".", ".part");
            int n;
            try (BufferedWriter b = Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                    LinkOption.NOFOLLOW_LINKS); PrintWriter w = new PrintWriter(b)) {
                n = content.write(w);
                w.flush();
                if (w.checkError()) throw new IOException("write failed");
            }
            // A temporary file is private; an export is as readable as any file written the ordinary way.
            if (Files.getFileStore(part).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(part, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(name, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // Only left when the rename failed; the failure is what gets reported.
                }
            }
        }
    }
}
