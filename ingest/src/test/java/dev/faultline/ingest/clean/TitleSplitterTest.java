package dev.faultline.ingest.clean;

import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.draft.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleSplitterTest {
    private static Draft draft(String title, String body) {
        RawReport raw = new RawReport(new Source("x.jsonl", Source.Format.JSONL, 1), title, body, null, null, null, List.of());
        return new DebrisCleaner(BoilerplateIndex.none()).apply(raw);
    }

    @Test
    void anUntitledReportsHeadlineBecomesItsTitle() {
        Draft d = new TitleSplitter().apply(draft(null, "Militia convoy hit near Albu Kamal\n\nAn air strike hit a convoy of Iraqi militia vehicles near the border crossing on Sunday."));
        assertThat(d.title()).isEqualTo("Militia convoy hit near Albu Kamal");
        assertThat(d.text()).startsWith("An air strike");
        assertThat(d.dropped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("title"));
    }

    @Test
    void aFirstLineThatIsASentenceStaysInTheBody() {
        Draft d = new TitleSplitter().apply(draft(null, "An air strike hit a convoy on Sunday.\n\nNo group claimed it."));
        assertThat(d.title()).isNull();
        assertThat(d.text()).startsWith("An air strike");
    }

    @Test
    void aRepeatedTitleLeavesTheBody() {
        Draft d = new TitleSplitter().apply(draft("Convoy hit near Albu Kamal", "Convoy hit near Albu Kamal\nAn air strike hit a convoy on Sunday."));
        assertThat(d.title()).isEqualTo("Convoy hit near Albu Kamal");
        assertThat(d.text()).isEqualTo("An air strike hit a convoy on Sunday.");
    }
}
