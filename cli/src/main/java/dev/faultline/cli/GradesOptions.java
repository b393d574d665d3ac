package dev.faultline.cli;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.claims.OutletGrades;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code --outlet-grades FILE}: the reliability grades of news outlets that credibility rests on
 * (tab-separated id, grade, names, reason); Faultline's own grades when absent.
 */
final class GradesOptions {
    @Option(names = "--outlet-grades", paramLabel = "FILE",
            description = "Outlet reliability grades (TSV: id, grade A-F, names, reason) replacing the built-in ones.")
    Path file;

    /** What a corpus model of these grades is built with; the knowledge base is the shipped one, loaded only if needed. */
    CorpusSettings settings() {
        return new CorpusSettings(load(), KnowledgeBase::load, LocalDate.now());
    }

    /** The grades; a file that is missing or malformed fails with one message naming it. */
    OutletGrades load() {
        if (file == null) return OutletGrades.defaults();
        try {
            return OutletGrades.load(file);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            String m = e instanceof CharacterCodingException ? "not UTF-8 text"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String where = file.toString();
            // The message is the whole story; the cause rides along for FAULTLINE_DEBUG's stack trace, not the error line.
            IllegalArgumentException bad = new IllegalArgumentException("outlet grades " + (m.contains(where) ? m : where + ": " + m));
            bad.addSuppressed(e);
            throw bad;
        }
    }
}
