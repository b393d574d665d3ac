package dev.faultline.ingest.input;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An input/output failure in a reader's words ("permission denied", "is a directory"), never an
 * exception's class name. The exception itself belongs in the problem's detail.
 */
public final class IoFailures {
    private IoFailures() {
    }

    public static String plain(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it does not exist (or no longer)";
        if (e instanceof FileSystemLoopException) return "a loop of links";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof OutOfMemoryError) return "too large to hold in memory";
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason().strip().toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage();
        if (m != null && m.matches("[A-Z][a-z]+( [a-z]+){0,6}")) return m.toLowerCase(Locale.ROOT);   // "Is a directory", an OS reason
        return "an input/output error";
    }
}
