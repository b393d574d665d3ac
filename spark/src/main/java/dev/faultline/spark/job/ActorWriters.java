package dev.faultline.spark.job;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.Store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which article last wrote each actor's reference in a partition's store, as a key in the command line's analysis order.
 *
 * <p>Why: the store keeps one reference per actor id, the one the last saved analysis gave it, and the command line
 * analyses (and saves) in publication order (dated first by their start day, a year before a month before a day, then
 * id: the store's article order). A partition analyses its own articles in that same order, so its reference is that of
 * its last writer; of all partitions' references, the command line's is the one whose writer comes last in that order.
 * {@link #key} gives that order as a string that sorts the same way.
 */
final class ActorWriters {
    private final Map<String, ArticleId> lastWriter = new HashMap<>();

    /** {@code store}, with every saved analysis noted here (the analysis job sees a store like any other). */
    Store watching(Store store) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, (proxy, method, args) -> {
            if (method.getName().equals("saveAnalysis") && args != null && args.length == 6) {
                @SuppressWarnings("unchecked") List<ActorMention> mentions = (List<ActorMention>) args[2];
                @SuppressWarnings("unchecked") List<CodedEvent> events = (List<CodedEvent>) args[3];
                @SuppressWarnings("unchecked") List<ForceClaim> forces = (List<ForceClaim>) args[4];
                @SuppressWarnings("unchecked") List<RelationClaim> relations = (List<RelationClaim>) args[5];
                Object result = invoke(method, store, args);
                for (String id : actorIds(mentions, events, forces, relations)) lastWriter.put(id, (ArticleId) args[0]);
                return result;
            }
            return invoke(method, store, args);
        });
    }

    /** Each noted actor id with its last writer's key in the analysis order (articles as the store describes them). */
    HashMap<String, String> keys(Store store) {
        Map<ArticleId, ArticleInfo> infos = new HashMap<>();
        store.articleInfos().forEach(a -> infos.put(a.id(), a));
        HashMap<String, String> out = new HashMap<>();
        lastWriter.forEach((actor, article) -> out.put(actor, key(infos.get(article), article)));
        return out;
    }

    /** The store's article order as a sortable string: dated before undated, by start day, precision, then id. */
    static String key(ArticleInfo info, ArticleId id) {
        PartialDate date = info == null || info.published() == null ? null : info.published().date();
        if (date == null) return "1|" + id.value();
        return "0|" + date.start() + "|" + date.precision().ordinal() + "|" + id.value();
    }

    /** The actors whose references a saved analysis writes (its mentions, events' parties, claims' actors, attributions). */
    private static List<String> actorIds(List<ActorMention> mentions, List<CodedEvent> events, List<ForceClaim> forces,
                                         List<RelationClaim> relations) {
        List<String> ids = new ArrayList<>();
        for (ActorMention m : mentions) ids.add(m.actor().id());
        for (CodedEvent e : events) {
            for (ActorMention m : e.source()) ids.add(m.actor().id());
            for (ActorMention m : e.target()) ids.add(m.actor().id());
            for (Attribution a : e.attribution()) if (a.actor() != null) ids.add(a.actor().id());
        }
        for (ForceClaim f : forces) {
            ids.add(f.actor().actor().id());
            for (Attribution a : f.attribution()) if (a.actor() != null) ids.add(a.actor().id());
        }
        for (RelationClaim r : relations) {
            ids.add(r.a().actor().id());
            ids.add(r.b().actor().id());
            for (Attribution a : r.attribution()) if (a.actor() != null) ids.add(a.actor().id());
        }
        return ids;
    }

    private static Object invoke(java.lang.reflect.Method method, Store store, Object[] args) throws Throwable {
        try {
            return method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
