package dev.faultline.ingest.clean;

import dev.faultline.domain.Span;
import dev.faultline.ingest.draft.BodyLine;
import dev.faultline.ingest.draft.Draft;
import dev.faultline.pipeline.Stage;

import java.util.List;

/**
 * Separates title from body. When a report has a title and its body opens by repeating it (a page's
 * headline inside its article element), the repeat is dropped. When it has none, a short first line
 * that does not end as a sentence is a headline: it becomes the title and leaves the body.
 */
public final class TitleSplitter implements Stage<Draft, Draft> {
    static final int MAX_TITLE = 200;

    @Override
    public Draft apply(Draft draft) {
        List<BodyLine> lines = draft.lines();
        if (lines.size() < 2) return draft;
        BodyLine first = lines.get(0);
        String title = draft.title();
        if (title != null && !title.isBlank()) {
            if (LineText.key(first.text()).equals(LineText.key(title))) {
                return draft.withLines(lines.subList(1, lines.size()),
                        List.of(new Span(first.start(), first.end(), "repeats the title")));
            }
            return draft;
        }
        if (first.text().length() <= MAX_TITLE && !LineText.endsSentence(first.text())) {
            return draft.withTitle(first.text()).withLines(lines.subList(1, lines.size()),
                    List.of(new Span(first.start(), first.end(), "title")));
        }
        return draft;
    }

    @Override
    public String name() {
        return "title";
    }
}
