package dev.faultline.cli;

import dev.faultline.app.view.json.ArticleJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.text.Table;
import dev.faultline.domain.Article;
import dev.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline articles}: the stored articles, as a table or as the contract's JSON Lines. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "Lists the stored articles.")
final class ArticlesCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            if (format == Format.jsonl) {
                s.articles().forEach(a -> JsonLines.write(out, ArticleJson.of(a)));   // a page at a time
            } else {
                table(s.articles().toList()).print(out);
            }
            out.flush();
        }
        return Faultline.OK;
    }

    static Table table(List<Article> articles) {
        Table t = new Table(List.of("ID", "PUBLISHED", "OUTLET", "LANG", "DUPLICATE OF", "PROBLEMS", "TITLE"),
                16, 12, 24, 4, 16, 8, 60);
        for (Article a : articles) {
            String date = a.published() == null ? null
                    : a.published().date().value() + (a.published().estimated() ? "~" : "");
            t.row(a.id(), date, a.outlet(), a.language(), a.duplicateOf(), a.problems().size(), a.title());
        }
        return t;
    }
}
