package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.text.Chains;
import dev.faultline.app.view.text.SafeCsv;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Contradiction;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.relation.Relation;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.Store.ActorSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The corpus as CSV tables (RFC 4180, a header row, values quoted where they must be): articles
 * (metadata, no text), actors, events (the columns of {@code faultline events --format csv}), claims
 * with their assessments, force claims and relations. Several values in one cell are joined by ';'
 * (lists of words by "; "); a missing value is an empty cell.
 */
public final class Tables {
    public static final List<String> ARTICLE_COLUMNS = List.of("id", "title", "outlet", "published", "published_precision",
            "published_estimated", "url", "path", "format", "item", "language", "duplicate_of", "problems", "chars");
    public static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "country", "sector", "cameo", "origin",
            "affiliation", "lineage", "mentions", "articles", "events", "spellings");
    /** The same columns as {@code faultline events --format csv}. */
    public static final List<String> EVENT_COLUMNS = List.of("id", "date", "date_precision", "date_basis", "type", "mode", "cameo", "quad",
            "goldstein", "modality", "source", "source_text", "target", "target_text", "location", "personnel", "killed",
            "injured", "confidence", "outlet", "article", "span_begin", "span_end", "text", "corroboration", "credibility");
    public static final List<String> CLAIM_COLUMNS = List.of("id", "kind", "date", "date_precision", "type", "source", "target", "actor",
            "personnel", "estimate", "location", "modality", "attribution", "outlet", "published", "article", "span_begin", "span_end",
            "text", "story", "corroboration", "sources", "same_story", "contradictions", "grade", "credibility", "credibility_label",
            "score", "reasons");
    public static final List<String> FORCE_COLUMNS = List.of("id", "date", "date_precision", "actor", "actor_text", "personnel", "estimate",
            "place", "country", "lat", "lon", "modality", "attribution", "outlet", "article", "span_begin", "span_end", "text",
            "corroboration", "credibility", "contradictions");
    public static final List<String> RELATION_COLUMNS = List.of("type", "a", "a_name", "b", "b_name", "from", "to", "score", "basis",
            "rolled_up", "evidence_count", "evidence", "citation");

    private Tables() {
    }

    /** Every article of {@code articles} (read as they are written, a page at a time). */
    public static int articles(Stream<Article> articles, Writer out) {
        return table(out, ARTICLE_COLUMNS, p -> {
            int n = 0;
            for (Article a : (Iterable<Article>) articles::iterator) {
                n++;
                var pub = a.published();
                SafeCsv.record(p, a.id().value(), a.title(), a.outlet(), pub == null ? null : pub.date().value(),
                        pub == null ? null : Values.precision(pub.date()), pub == null ? null : pub.estimated(), a.url(),
                        a.source().path(), Values.lower(a.source().format()), a.source().item(), a.language(),
                        a.duplicateOf() == null ? null : a.duplicateOf().value(),
                        a.problems().stream().map(pr -> pr.message()).collect(Collectors.joining("; ")), a.text().length());
            }
            return n;
        });
    }

    public static int actors(CorpusModel c, Writer out) {
        Map<String, Integer> events = c.eventCounts();
        List<ActorSummary> actors = c.actors();
        return table(out, ACTOR_COLUMNS, p -> {
            for (ActorSummary s : actors) {
                ActorRef r = s.actor();
                SafeCsv.record(p, r.id(), r.name(), r.kind().label(), r.country(), r.sector() == null ? null : r.sector().name(), r.cameo(),
                        Values.lower(r.origin()),
                        r.affiliation() == null ? null : r.affiliation().link().label() + " " + r.affiliation().actor(),
                        String.join(";", r.lineage()), s.mentions(), s.articles(), events.getOrDefault(r.id(), 0),
                        String.join(";", s.spellings()));
            }
            return actors.size();
        });
    }

    public static int events(CorpusModel c, Writer out) {
        return table(out, EVENT_COLUMNS, p -> {
            for (CodedEvent e : c.events()) SafeCsv.record(p, eventRow(e, c.outlet(e.article()), c.assessment(e.id())));
            return c.events().size();
        });
    }

    /** One event as a row of {@link #EVENT_COLUMNS}: the same in {@code faultline events --format csv} and the export. */
    public static Object[] eventRow(CodedEvent e, String outlet, Assessment a) {
        return new Object[] {e.id(), Values.date(e), e.date() == null ? null : Values.precision(e.date().value()),
                e.date() == null ? null : e.date().basis().label(), e.type().name(), e.mode(), e.cameo(), e.quad(), e.goldstein(),
                e.modality().label(), Values.ids(e.source()), Values.texts(e.source()), Values.ids(e.target()),
                Values.texts(e.target()), e.place() == null ? null : e.place().name(),
                e.size() == null ? null : e.size().personnel(), e.size() == null ? null : e.size().killed(),
                e.size() == null ? null : e.size().injured(), EventJson.confidence(e, a), outlet,
                e.article().value(), e.begin(), e.end(), e.text(), a == null ? 1 : a.corroboration(),
                a == null ? null : a.credibility()};
    }

    public static int claims(CorpusModel c, Writer out) {
        return table(out, CLAIM_COLUMNS, p -> {
            int n = 0;
            for (CodedEvent e : c.events()) {
                ArticleInfo art = c.article(e.article());
                Assessment a = c.assessment(e.id());
                SafeCsv.record(p, e.id(), "event", Values.date(e), e.date() == null ? null : Values.precision(e.date().value()),
                        e.type().name(), Values.ids(e.source()), Values.ids(e.target()), null, null, null,
                        e.place() == null ? null : e.place().name(), e.modality().label(), Chains.all(e.attribution()),
                        art == null ? null : art.outlet(), published(art), e.article().value(), e.begin(), e.end(), e.text(),
                        a == null ? null : a.story(), a == null ? 1 : a.corroboration(), a == null ? null : String.join("; ", a.sources()),
                        a == null ? null : String.join(";", a.sameStory()), a == null ? null : contradictions(a.contradictions()),
                        a == null ? null : a.grade().name(), a == null ? null : a.credibility(), a == null ? null : a.label(),
                        a == null ? null : round2(a.score()), a == null ? null : String.join("; ", a.reasons()));
                n++;
            }
            for (ForceClaim f : c.forces()) {
                ArticleInfo art = c.article(f.article());
                Assessment a = c.assessment(f.id());
                SafeCsv.record(p, f.id(), "force", f.date() == null ? null : f.date().value().value(),
                        f.date() == null ? null : Values.precision(f.date().value()), null, null, null, f.actor().actor().id(),
                        f.personnel(), f.estimate().label(), f.place() == null ? null : f.place().name(), f.modality().label(),
                        Chains.all(f.attribution()), art == null ? null : art.outlet(), published(art), f.article().value(),
                        f.begin(), f.end(), f.text(), a == null ? null : a.story(), a == null ? 1 : a.corroboration(),
                        a == null ? null : String.join("; ", a.sources()), a == null ? null : String.join(";", a.sameStory()),
                        a == null ? null : contradictions(a.contradictions()), a == null ? null : a.grade().name(),
                        a == null ? null : a.credibility(), a == null ? null : a.label(), a == null ? null : round2(a.score()),
                        a == null ? null : String.join("; ", a.reasons()));
                n++;
            }
            return n;
        });
    }

    public static int forces(CorpusModel c, Writer out) {
        return table(out, FORCE_COLUMNS, p -> {
            for (ForceClaim f : c.forces()) {
                Assessment a = c.assessment(f.id());
                EventPlace pl = f.place();
                SafeCsv.record(p, f.id(), f.date() == null ? null : f.date().value().value(),
                        f.date() == null ? null : Values.precision(f.date().value()), f.actor().actor().id(), f.actor().text(),
                        f.personnel(), f.estimate().label(), pl == null ? null : pl.name(), pl == null ? null : pl.country(),
                        pl == null ? null : Values.plain(pl.lat()), pl == null ? null : Values.plain(pl.lon()), f.modality().label(),
                        Chains.all(f.attribution()), c.outlet(f.article()), f.article().value(), f.begin(), f.end(), f.text(),
                        a == null ? 1 : a.corroboration(), a == null ? null : a.credibility(),
                        a == null ? null : contradictions(a.contradictions()));
            }
            return c.forces().size();
        });
    }

    public static int relations(List<Relation> relations, Writer out) {
        return table(out, RELATION_COLUMNS, p -> {
            for (Relation r : relations) {
                SafeCsv.record(p, r.type().label(), r.a().id(), r.a().name(), r.b().id(), r.b().name(), Values.value(r.from()),
                        Values.value(r.to()), r.score(), r.basis().name().toLowerCase(Locale.ROOT), r.rolledUp(), r.evidence().size(),
                        String.join(";", r.evidence()), r.citation());
            }
            return relations.size();
        });
    }

    private static String published(ArticleInfo a) {
        return a == null || a.published() == null ? null : a.published().date().value();
    }

    private static String contradictions(List<Contradiction> cs) {
        return cs.stream().map(x -> x.claim() + ": " + x.why()).collect(Collectors.joining("; "));
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private interface Rows {
        int print(CSVPrinter p) throws IOException;
    }

    private static int table(Writer out, List<String> columns, Rows rows) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get());
            int n = rows.print(p);
            p.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
        }
    }
}
