package dev.faultline.events.coder;

import dev.faultline.lexicon.WordLists;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word list the coder ships is well formed and named for its file. */
class CoderWordsTest {
    @Test
    void everyListLoads() throws IOException {
        Path dir = Path.of("src/main/resources/dev/faultline/events/lexicon");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".txt", "");
            assertThat(CoderWords.of(name)).as(name).isNotEmpty();
            assertThat(WordLists.load("dev/faultline/events/lexicon/" + f.getFileName()).name()).isEqualTo(name);
        }
    }
}
