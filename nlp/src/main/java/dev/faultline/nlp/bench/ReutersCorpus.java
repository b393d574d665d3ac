package dev.faultline.nlp.bench;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small, forgiving reader of Reuters-21578 SGML: each {@code <REUTERS>} element gives an article
 * from its {@code <DATE>}, {@code <TITLE>} and {@code <BODY>}; elements without a body are skipped,
 * unknown tags ignored, character references decoded, control characters dropped. Files are read
 * as ISO-8859-1 (the collection is not valid UTF-8 throughout).
 */
public final class ReutersCorpus {
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Za-z]{3}-\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)(?:</BODY>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CHAR_REF = Pattern.compile("&#(\\d+);");
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private ReutersCorpus() {
    }

    /** The first {@code limit} articles (0: all) of the folder's {@code .sgm} files, in file-name order. */
    public static List<Article> read(Path folder, int limit) {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList()) {
                if (limit > 0 && out.size() >= limit) break;
                readFile(f, limit, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return out;
    }

    static void readFile(Path file, int limit, List<Article> out) throws IOException {
        String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
        int from = 0;
        int item = 0;
        while (limit == 0 || out.size() < limit) {
            int start = indexOfIgnoreCase(sgml, "<REUTERS", from);
            if (start < 0) break;
            int end = indexOfIgnoreCase(sgml, "</REUTERS>", start);
            if (end < 0) end = sgml.length();
            item++;
            parse(sgml.substring(start, end), file, item).ifPresent(out::add);
            from = end + 1;
        }
    }

    /** One {@code <REUTERS>} element as an article, or empty when it has no body. */
    static Optional<Article> parse(String element, Path file, int item) {
        Matcher body = BODY.matcher(element);
        if (!body.find()) return Optional.empty();
        String text = clean(body.group(1));
        if (text.isBlank()) return Optional.empty();
        Matcher title = TITLE.matcher(element);
        Matcher date = DATE.matcher(element);
        PublishedDate published = null;
        if (date.find()) {
            try {
                published = PublishedDate.known(PartialDate.ofDay(LocalDate.parse(date.group(1), DAY)));
            } catch (RuntimeException e) {
                published = null; // a malformed date leaves the article undated, as the collection has some
            }
        }
        return Optional.of(new Article(ArticleId.of(text), new Source(file.toString(), Source.Format.TEXT, item),
                title.find() ? clean(title.group(1)) : "", "Reuters", null, published, "en", null, text, text,
                List.of(), List.of()));
    }

    static String clean(String s) {
        Matcher m = CHAR_REF.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, c < 32 && c != '\n' && c != '\t' ? "" : Matcher.quoteReplacement(Character.toString(c)));
        }
        m.appendTail(sb);
        String t = sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return t.replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "").replace("Reuter\n", "").strip();
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int i = s.indexOf(what, from);
        return i >= 0 ? i : s.indexOf(what.toLowerCase(Locale.ROOT), from);
    }
}
