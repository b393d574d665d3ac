package dev.faultline.eval.roles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cameo-roles CoNLL file: one token a line, then a blank or tab and its tag (the tag is the
 * last field); a blank line ends a sentence. Tags: {@code B-S}/{@code I-S} source actor,
 * {@code B-T}/{@code I-T} target, {@code B-R}/{@code I-R} both (the actor is the source and the target,
 * e.g. each party to a meeting), {@code O} none. As in conlleval, an {@code I-} tag that does not
 * continue a span of its own role starts one (the file has three {@code I-S} right after a
 * {@code B-T}). A B/I-R span is added to both the gold sources and the gold targets.
 */
public final class RolesConllFile {
    private RolesConllFile() {}

    public static List<RoleSentence> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<RoleSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            if (line.isBlank()) {
                flush(out, tokens, tags);
                continue;
            }
            String[] f = line.strip().split("\\s+");
            if (f.length < 2) throw new IOException(file + " line " + n + ": expected a token and a tag, got '" + line + "'");
            String tag = f[f.length - 1];
            if (!tag.matches("O|[BI]-[STR]")) throw new IOException(file + " line " + n + ": unknown tag '" + tag + "'");
            tokens.add(f[0]);
            tags.add(tag);
        }
        flush(out, tokens, tags);
        return out;
    }

    private static void flush(List<RoleSentence> out, List<String> tokens, List<String> tags) {
        if (tokens.isEmpty()) return;
        List<TokenSpan> sources = new ArrayList<>(), targets = new ArrayList<>();
        int start = -1;
        char role = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean continues = t.startsWith("I-") && start >= 0 && t.charAt(2) == role;
            if (continues) continue;
            if (start >= 0) add(new TokenSpan(start, i), role, sources, targets);
            start = t.equals("O") ? -1 : i;
            role = t.equals("O") ? 0 : t.charAt(2);
        }
        out.add(new RoleSentence(out.size(), tokens, sources, targets));
        tokens.clear();
        tags.clear();
    }

    private static void add(TokenSpan s, char role, List<TokenSpan> sources, List<TokenSpan> targets) {
        if (role == 'S' || role == 'R') sources.add(s);
        if (role == 'T' || role == 'R') targets.add(s);
    }
}
