package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import org.jsoup.Jsoup;

import java.util.List;

/**
 * A web page saved to disk. jsoup parses broken markup as a browser would, so a page is skipped only
 * when no article text can be found in it at all.
 */
public final class HtmlReader implements ReportReader {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public ReadResult read(String path, String text, List<Problem> fileProblems) {
        HtmlPage page = extractor.extract(Jsoup.parse(text));
        if (page.body().isBlank()) {
            return ReadResult.skipped(path, "no article text found in this HTML page");
        }
        RawReport report = new RawReport(new Source(path, Source.Format.HTML, 0), page.title(), page.body(),
                page.url(), page.outlet(), page.published(), fileProblems);
        return new ReadResult(List.of(report), List.of());
    }
}
