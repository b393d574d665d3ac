package dev.faultline.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import org.jsoup.Jsoup;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS and Atom feeds through Rome, one report per item: the item's full content
 * ({@code content:encoded}, Atom {@code content}) when present, else its description or summary,
 * turned from HTML into paragraphs; its publication (else update) date; its link; the feed's title
 * as outlet. {@link Source#item()} is the item's 1-based position. Rome refuses DOCTYPEs, so a feed
 * cannot pull in external entities.
 */
public final class FeedReader implements ReportReader {

    @Override
    public ReadResult read(String path, String text, List<Problem> fileProblems) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            return ReadResult.skipped(path, "not a readable RSS or Atom feed: " + e.getMessage());
        }
        String outlet = HtmlArticleExtractor.firstNonBlank(feed.getTitle());
        List<RawReport> reports = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Source source = new Source(path, Source.Format.FEED, i + 1);
            String body = HtmlText.of(Jsoup.parseBodyFragment(content(entry)).body());
            if (body.isBlank()) {
                problems.add(Problem.skipped(source.display(), "feed item " + (i + 1) + " has no text"));
                continue;
            }
            String title = entry.getTitle() == null ? null : Jsoup.parse(entry.getTitle()).text();
            reports.add(new RawReport(source, HtmlArticleExtractor.firstNonBlank(title), body,
                    HtmlArticleExtractor.firstNonBlank(entry.getLink(), entry.getUri()), outlet,
                    isoDate(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    fileProblems));
        }
        if (entries.isEmpty()) problems.add(Problem.skipped(path, "feed has no items"));
        return new ReadResult(reports, problems);
    }

    private static String content(SyndEntry entry) {
        String best = "";
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && c.getValue().length() > best.length()) best = c.getValue();
        }
        if (best.isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            best = entry.getDescription().getValue();
        }
        return best;
    }

    /** The date in UTC: a feed's timestamps carry zones, and a day is what the domain keeps. */
    private static String isoDate(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
