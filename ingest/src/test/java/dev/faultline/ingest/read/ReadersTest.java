package dev.faultline.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReadersTest {
    @TempDir
    Path dir;

    @Test
    void aFolderNamedAsAFileIsOneLineWithoutTheExceptionsName() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("looks-like.txt"));
        ReadResult r = new Readers(1 << 20, 1 << 20).read(folder);
        assertThat(r.reports()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            FeedReaderTest.isOneLineForAPerson(p);
            assertThat(p.message()).isEqualTo("cannot read: is a directory");
            assertThat(p.detail()).contains("IOException");
        });
    }
}
