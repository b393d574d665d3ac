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
 * as outlet. {@link Source#item()} is the item's 1-based position.
 *
 * <p>A DOCTYPE is allowed (RSS 0.91 feeds carry Netscape's), entities are not: the declaration is
 * blanked out before parsing ({@link Doctypes}), so the XML parser never reads a DTD, and Rome's own
 * refusal of DOCTYPEs stays on behind that. A feed can neither read a local file nor the network
 * (XXE), nor expand entities without end ("billion laughs"); one that uses an entity it declared is
 * refused as broken XML.
 */
public final class FeedReader implements ReportReader {

    @Override
    public ReadResult read(String path, String text, List<Problem> fileProblems) {
        SyndFeed feed;
        String xml = Doctypes.blanked(text);
        if (xml == null) return ReadResult.skipped(path, "not a readable RSS or Atom feed: its DOCTYPE declaration is never closed");
        try {
            feed = new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException | RuntimeException e) {
            return new ReadResult(List.of(), List.of(Problem.skipped(path, "not a readable RSS or Atom feed" + why(e), e)));
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

    /** What a person can act on, from Rome's and the XML parser's messages: where the XML breaks, or what is missing. */
    private static String why(Exception e) {
        if (e instanceof IllegalArgumentException) return ": XML, but neither RSS nor Atom";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException p) {
                String m = p.getMessage() == null ? "" : p.getMessage();
                String what = m.contains("was referenced, but not declared") ? "broken XML (it uses an entity: entities are not read)" : "broken XML";
                return p.getLineNumber() > 0 ? ": " + what + " at line " + p.getLineNumber() + ", column " + p.getColumnNumber() : ": " + what;
            }
        }
        return ": broken XML";
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
