package dev.faultline.analysis;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ResolvedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Developer probe: prints the actors resolved on each seed. Not a test. */
public final class SeedsProbe {
    public static void main(String[] args) throws Exception {
        Analyzer an = Analyzer.load(AnalysisOptions.defaults().withThreads(2));
        Map<String, String> months = Map.of("000", "2018-09", "001", "2016-05", "002", "2019-02", "003", "2019-03", "004", "2015-12");
        Map<String, java.util.Set<String>> byActor = new TreeMap<>();
        for (String a : args) {
            Path p = Path.of(a);
            String text = Files.readString(p);
            String m = months.getOrDefault(p.getFileName().toString().substring(0, 3), "2018-01");
            Article art = new Article(ArticleId.of(text), new Source(p.toString(), Source.Format.TEXT, 0), null, null, null,
                    PublishedDate.known(PartialDate.parse(m).orElseThrow()), "en", null, text, text, List.of(), List.of());
            long t0 = System.nanoTime();
            ResolvedDocument d = an.analyze(art);
            long t1 = System.nanoTime();
            an.resolver().apply(d.document());
            long t2 = System.nanoTime();
            System.out.printf("== %s layer+resolve %.1f ms, resolve %.2f ms%n", p.getFileName(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            for (ActorMention x : d.actors()) {
                System.out.println("  " + x.basis() + "\t" + x.actor().id() + "\t[" + x.text().replace('\n', ' ') + "]\t" + x.actor().lineage());
                byActor.computeIfAbsent(x.actor().id() + " " + x.actor().origin(), k -> new java.util.TreeSet<>()).add(x.text().replace('\n', ' '));
            }
        }
        byActor.forEach((k, v) -> System.out.println(k + " " + v));
    }
}
