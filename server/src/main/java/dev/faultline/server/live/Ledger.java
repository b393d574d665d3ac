package dev.faultline.server.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a live source has read, kept in a small tab-separated file so that a restarted server does not read it again:
 * key → value (a watched file's size and time; a feed's ETag, Last-Modified and content hash). Written whole to a
 * temporary file and moved into place, so a crash leaves the old ledger or the new one, never half of one.
 */
final class Ledger {
    private final Path file;
    private final Map<String, String> entries = new LinkedHashMap<>();

    Ledger(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    synchronized String get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, String value) {
        entries.put(key.replaceAll("[\t\n\r]", " "), value.replaceAll("[\t\n\r]", " "));
        StringBuilder sb = new StringBuilder();
        entries.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, sb, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
