package dev.faultline.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the CNN JSON Lines corpus (one article a line: id, title, published, text) as English articles. */
public final class CnnCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CnnCorpus() {
    }

    /** The first {@code limit} articles (0: all); lines without text are skipped. */
    public static List<Article> read(Path file, int limit) {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && (limit == 0 || out.size() < limit)) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ":" + n + ": not JSON", e);
                }
                String text = o.path("text").asText("");
                if (text.isBlank()) continue;
                PublishedDate published = PartialDate.parse(o.path("published").asText(null)).map(PublishedDate::known).orElse(null);
                out.add(new Article(ArticleId.of(text), new Source(file.toString(), Source.Format.JSONL, n),
                        o.path("title").asText(""), "CNN", null, published, "en", null, text, text, List.of(), List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
