package dev.faultline.app.model;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.Source;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus model: kept while the store's revision stays, rebuilt after a write, built without reading any text. */
class CorpusModelsTest {
    @TempDir
    Path dir;

    private static Article article(String text, String outlet) {
        return new Article(ArticleId.of(text), new Source("a.txt", Source.Format.TEXT, 0), null, outlet, null, null, "en", null, text, text,
                List.of(), List.of());
    }

    private static Signature signature(int seed) {
        return new Signature(IntStream.range(0, 128).map(i -> i * 31 + seed).toArray());
    }

    @Test
    void aModelIsKeptUntilTheStoreChanges() {
        try (Store store = Stores.duckdb(dir.resolve("m.duckdb"))) {
            store.save(article("one report", "Reuters"), signature(1));
            CorpusModels models = new CorpusModels(store, CorpusSettings.defaults());
            CorpusModel first = models.current();
            assertThat(models.current()).isSameAs(first);
            assertThat(first.articleCount()).isEqualTo(1);

            store.save(article("another report", "AP"), signature(2));
            CorpusModel second = models.current();
            assertThat(second).isNotSameAs(first);
            assertThat(second.articleCount()).isEqualTo(2);
            assertThat(second.outlet(ArticleId.of("another report"))).isEqualTo("AP");
        }
    }

    @Test
    void aModelIsBuiltWithoutReadingAnyArticlesText() {
        Set<String> reading = Set.of("article", "articles", "input");
        try (Store store = Stores.duckdb(dir.resolve("t.duckdb"))) {
            store.save(article("a report whose text no model needs", "Reuters"), signature(1));
            Store noText = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, (p, m, args) -> {
                if (reading.contains(m.getName())) throw new AssertionError("read text: " + m.getName());
                try {
                    return m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(p, m, args) : m.invoke(store, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
            CorpusModel model = CorpusModel.read(noText, CorpusSettings.defaults());
            assertThat(model.articles()).singleElement().satisfies(a -> assertThat(a.outlet()).isEqualTo("Reuters"));
            assertThat(model.revision()).isEqualTo(store.revision());
        }
    }
}
