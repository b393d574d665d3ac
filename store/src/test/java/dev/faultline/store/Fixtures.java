package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Articles and signatures for the store tests: every field set, or every optional field empty. */
public final class Fixtures {
    private Fixtures() {
    }

    /** An article with every field set, its text {@code text} (and its id that text's). */
    public static Article full(String text) {
        String raw = "Share this!\n\n" + text + "\n\nSubscribe";
        return new Article(ArticleId.of(text), new Source("reports/" + Math.abs(text.hashCode()) + ".jsonl", Source.Format.JSONL, 3),
                "Iran \u201creinforces\u201d its militias", "DEBKA Weekly", "https://www.debka.com/a?b=1&c='x'",
                PublishedDate.estimated(PartialDate.ofMonth(2016, 5)), "en", ArticleId.of("the original"), raw, text,
                List.of(new Span(0, 13, "share-bar"), new Span(raw.length() - 9, raw.length(), "")),
                List.of(Problem.warning("reports/a.jsonl#3", "a bad date 'May 32nd' was ignored"),
                        Problem.skipped("reports/a.jsonl#4", "empty body")));
    }

    /** An article with no title, outlet, url, date, duplicate, dropped spans or problems. */
    public static Article minimal(String text) {
        return new Article(ArticleId.of(text), new Source("notes.txt", Source.Format.TEXT, 0), null, null, null,
                null, "und", null, text, text, List.of(), List.of());
    }

    public static Article dated(String text, PublishedDate published) {
        Article a = minimal(text);
        return new Article(a.id(), a.source(), a.title(), a.outlet(), a.url(), published, a.language(),
                a.duplicateOf(), a.rawText(), a.text(), a.dropped(), a.problems());
    }

    public static PublishedDate day(int y, int m, int d) {
        return PublishedDate.known(PartialDate.ofDay(LocalDate.of(y, m, d)));
    }

    public static PublishedDate month(int y, int m) {
        return PublishedDate.known(PartialDate.ofMonth(y, m));
    }

    public static PublishedDate year(int y) {
        return PublishedDate.known(PartialDate.ofYear(y));
    }

    /** A 128-value signature, different for each seed, with negative and extreme values. */
    public static Signature signature(int seed) {
        int[] v = IntStream.range(0, 128).map(i -> (i * 0x9E3779B9) ^ (seed * 31 + i)).toArray();
        v[0] = Integer.MIN_VALUE;
        v[1] = Integer.MAX_VALUE;
        v[2] = seed;
        return new Signature(v);
    }
}
