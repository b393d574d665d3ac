package dev.faultline.ingest.input;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes control characters (NUL and the other C0/C1 controls except line breaks, tabs and form
 * feeds) from a report before anything else reads it. They carry no meaning in a report, confuse
 * tokenizers, and PostgreSQL cannot store NUL in text at all; removing them first keeps every later
 * offset consistent and the article's id the same on every store.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The report without control characters, with a warning saying how many went; the same report if none. */
    public static RawReport strip(RawReport r) {
        int[] removed = new int[1];
        String body = strip(r.body(), removed);
        String title = r.title() == null ? null : strip(r.title(), removed);
        if (removed[0] == 0) return r;
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(Problem.warning(r.source().display(), "removed " + removed[0] + " control character"
                + (removed[0] == 1 ? "" : "s") + " (NUL and the like)"));
        return new RawReport(r.source(), title, body, r.url(), r.outlet(), r.published(), problems);
    }

    static boolean isStray(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    private static String strip(String s, int[] removed) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isStray(c)) {
                if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
                removed[0]++;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
