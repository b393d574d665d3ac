package dev.faultline.server.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.json.ClaimJson;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.store.ArticleInfo;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code /api/events}, {@code /api/events/{id}} and {@code /api/claims/{id}}: the events, and any claim's evidence. */
public final class EventsApi {
    static final List<String> SORTS = List.of("date", "-date", "credibility", "-credibility");

    private final Corpus corpus;

    public EventsApi(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The event rows a request selects, sorted and paged; {@code ids=} lists events by id (other filters ignored). */
    public void list(Context ctx) {
        Params p = new Params(ctx);
        Corpus.Indexed now = corpus.now();
        CorpusModel m = now.model();
        List<String> ids = p.ids("ids");
        String sort = p.choice("sort", SORTS, "date");
        List<CodedEvent> rows;
        if (!ids.isEmpty()) {
            rows = new ArrayList<>();
            for (String id : ids) {
                CodedEvent e = now.event(id);
                if (e != null) rows.add(e);
            }
        } else {
            rows = select(m, EventFilter.of(p), sort);
        }
        ctx.json(Paging.page(rows, p, Paging.DEFAULT_LIMIT, CodedEvent::id, e -> row(m, e)));
    }

    /** The model's events the filter keeps, in the order asked for (the model's own is by date). */
    static List<CodedEvent> select(CorpusModel m, EventFilter f, String sort) {
        List<CodedEvent> rows = new ArrayList<>(m.events().stream().filter(f.on(m)).toList());
        switch (sort) {
            case "-date" -> {   // newest first, undated still last
                List<CodedEvent> undated = rows.stream().filter(e -> e.date() == null).toList();
                rows.removeIf(e -> e.date() == null);
                java.util.Collections.reverse(rows);
                rows.addAll(undated);
            }
            case "credibility", "-credibility" -> {
                Comparator<CodedEvent> c = Comparator.comparingInt(e -> credibility(m, e));   // a stable sort: by date within a grade
                rows.sort(sort.startsWith("-") ? c.reversed() : c);
            }
            default -> { }
        }
        return rows;
    }

    private static int credibility(CorpusModel m, CodedEvent e) {
        Assessment a = m.assessment(e.id());
        return a == null ? 7 : a.credibility();
    }

    /** An event row exactly as {@code faultline events --format jsonl} writes it. */
    public static ObjectNode row(CorpusModel m, CodedEvent e) {
        return EventJson.event(e, m.outlet(e.article()), m.assessment(e.id()));
    }

    /** The evidence of an event: its row, its claim, its article and the article's text with the event's span. */
    public void event(Context ctx) {
        String id = new Params(ctx).pathId("id");
        Corpus.Indexed now = corpus.now();
        CodedEvent e = now.event(id);
        if (e == null) throw ApiError.notFound("no event '" + id + "'");
        ctx.json(evidence(now.model(), e, null));
    }

    /** The evidence of any claim: an event's as above; a force claim's with {@code event: null}. */
    public void claim(Context ctx) {
        String id = new Params(ctx).pathId("id");
        Corpus.Indexed now = corpus.now();
        CodedEvent e = now.event(id);
        ForceClaim f = e == null ? now.force(id) : null;
        if (e == null && f == null) throw ApiError.notFound("no claim '" + id + "'");
        ctx.json(evidence(now.model(), e, f));
    }

    private ObjectNode evidence(CorpusModel m, CodedEvent e, ForceClaim f) {
        ArticleId articleId = e != null ? e.article() : f.article();
        String claimId = e != null ? e.id() : f.id();
        ArticleInfo info = m.article(articleId);
        Assessment a = m.assessment(claimId);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("event", e == null ? null : row(m, e));
        o.set("claim", a == null ? null : e != null ? ClaimJson.event(e, info, a) : ClaimJson.force(f, info, a));
        if (info == null) {
            o.putNull("article");
        } else {
            o.putObject("article").put("id", info.id().value()).put("title", info.title()).put("outlet", info.outlet())
                    .put("url", info.url()).put("published", info.published() == null ? null : info.published().date().value());
        }
        Optional<Article> article = corpus.store().article(articleId);
        ObjectNode context = o.putObject("context");
        context.put("text", article.map(Article::text).orElse(null));
        context.putArray("highlight").add(e != null ? e.begin() : f.begin()).add(e != null ? e.end() : f.end());
        return o;
    }
}
