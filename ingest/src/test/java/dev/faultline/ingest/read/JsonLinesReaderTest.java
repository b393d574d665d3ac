package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesReaderTest {
    @Test
    void readsEachLineAndNamesBadLinesByNumber() {
        ReadResult r = new JsonLinesReader().read("wires.jsonl", """
                {"title": "A", "content": "Troops massed near the border.", "source": "Wire", "date": "2018-02-01", "url": "https://w/a"}

                [1, 2]
                {"title": "no text", "text": "   "}
                {"text": "Shelling resumed at dawn.", "published": "2018-02-03 06:00:00"}
                {not json
                """, List.of());
        assertThat(r.reports()).extracting(x -> x.source().item()).containsExactly(1, 5);
        RawReport first = r.reports().get(0);
        assertThat(first.body()).isEqualTo("Troops massed near the border.");
        assertThat(first.outlet()).isEqualTo("Wire");
        assertThat(first.published()).isEqualTo("2018-02-01");
        assertThat(first.url()).isEqualTo("https://w/a");
        assertThat(r.problems()).extracting(Problem::where).containsExactly("wires.jsonl#3", "wires.jsonl#4", "wires.jsonl#6");
        assertThat(r.problems().get(1).message()).isEqualTo("line 4 has no text, body or content field");
        assertThat(r.problems().get(2).message()).startsWith("line 6 is not JSON");
    }

    @Test
    void aLineNestedTooDeeplyIsNamedInAReadersWords() {
        String deep = "{\"text\": \"Shelling resumed.\", \"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}";
        ReadResult r = new JsonLinesReader().read("deep.jsonl", deep + "\n{\"text\": \"broken\n", List.of());
        assertThat(r.reports()).isEmpty();
        assertThat(r.problems()).hasSize(2).allSatisfy(FeedReaderTest::isOneLineForAPerson);
        assertThat(r.problems().get(0).message()).isEqualTo("line 1 is not JSON: it is nested or sized beyond what a report can be");
        assertThat(r.problems().get(0).detail()).contains("StreamReadConstraints");
        assertThat(r.problems().get(1).message()).startsWith("line 2 is not JSON: it ends before the JSON does");
    }
}
