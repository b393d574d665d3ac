package dev.faultline.ingest.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.regex.Pattern;

/**
 * Finds a page's article and its metadata. Page furniture (navigation, headers, footers, asides,
 * scripts, forms, comment sections, share widgets, related-link lists) is removed first, by tag, ARIA
 * role and by class/id names that sites conventionally give it. The body is then the first of:
 * {@code [itemprop=articleBody]}, the {@code <article>} with most paragraph text, {@code <main>}, or
 * the element whose own paragraphs hold the most text (the "densest block", as readability tools do).
 */
public final class HtmlArticleExtractor {
    private static final String FURNITURE_TAGS = "script, style, noscript, template, nav, "
            + "footer, aside, form, iframe, svg, button, select, input, textarea, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|comment-list|respond|reply|share|sharing|sharedaddy|social|related|"
                    + "recommended|more-stories|sidebar|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|"
                    + "sponsored|cookie|cookies|consent|breadcrumbs?|author-?box|author-?bio|about-author|widget|"
                    + "menu|navbar|nav|footer|masthead|popup|modal|paywall|tags|post-tags|print)([-_\\s]|$)");
    private static final int MIN_DENSE_TEXT = 80;

    public HtmlPage extract(Document doc) {
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), text(doc.selectFirst("h1")), doc.title());
        String published = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[property=og:published_time]"),
                meta(doc, "meta[name=article:published_time]"),
                itemprop(doc, "datePublished"),
                meta(doc, "meta[name=pubdate], meta[name=publish-date], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued]"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String outlet = firstNonBlank(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "meta[property=og:url]"));

        Element body = doc.body();
        body.select(FURNITURE_TAGS).remove();
        for (Element header : body.select("header")) {
            if (header.closest("article") == null) header.remove();
        }
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && isFurniture(e)) e.remove();
        }
        Element article = articleElement(body);
        return new HtmlPage(title, HtmlText.of(article), url, outlet, published);
    }

    private static boolean isFurniture(Element e) {
        if (e.nameIs("body") || e.nameIs("html") || e.nameIs("article") || e.nameIs("main")) return false;
        if (e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) return false;
        return FURNITURE_NAME.matcher(e.className()).find() || FURNITURE_NAME.matcher(e.id()).find();
    }

    private static Element articleElement(Element body) {
        Element byItemprop = body.selectFirst("[itemprop=articleBody]");
        if (hasText(byItemprop)) return byItemprop;
        Element best = null;
        int bestText = 0;
        for (Element a : body.select("article")) {
            int t = paragraphText(a.select("p"));
            if (t > bestText) {
                best = a;
                bestText = t;
            }
        }
        if (best != null) return best;
        Element main = body.selectFirst("main, [role=main]");
        if (hasText(main)) return main;
        Element dense = densest(body);
        return dense != null ? dense : body;
    }

    private static Element densest(Element body) {
        Element best = null;
        int bestText = MIN_DENSE_TEXT - 1;
        for (Element candidate : body.select("div, section, td, body")) {
            int t = paragraphText(candidate.select("> p"));
            if (t > bestText) {
                best = candidate;
                bestText = t;
            }
        }
        return best;
    }

    private static int paragraphText(Elements ps) {
        int n = 0;
        for (Element p : ps) n += p.text().length();
        return n;
    }

    private static boolean hasText(Element e) {
        return e != null && !e.text().isBlank();
    }

    private static String itemprop(Document doc, String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        if (e == null) return null;
        return firstNonBlank(attr(e, "content"), attr(e, "datetime"), e.text());
    }

    private static String meta(Document doc, String query) {
        return attr(doc.selectFirst(query), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
