package dev.faultline.spark.job;

import dev.faultline.app.learn.LineHolders;
import dev.faultline.domain.ArticleId;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The boilerplate learner's state ({@link LineHolders}) in the form Spark moves: each line key's holders by id. */
final class HoldersState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int bound;
    private final HashMap<String, String[]> holders;

    private HoldersState(int bound, HashMap<String, String[]> holders) {
        this.bound = bound;
        this.holders = holders;
    }

    static HoldersState of(LineHolders state) {
        HashMap<String, String[]> out = new HashMap<>();
        for (String k : state.keys()) out.put(k, state.holders(k).stream().map(ArticleId::value).toArray(String[]::new));
        return new HoldersState(state.bound(), out);
    }

    LineHolders state() {
        return restrictedTo(holders.keySet());
    }

    /** The state for these keys only: what cleaning a partition's reports needs, without converting the whole state. */
    LineHolders restrictedTo(Collection<String> keys) {
        Map<String, List<ArticleId>> out = new HashMap<>();
        for (String k : keys) {
            String[] ids = holders.get(k);
            if (ids == null) continue;
            List<ArticleId> list = new ArrayList<>(ids.length);
            for (String id : ids) list.add(new ArticleId(id));
            out.put(k, list);
        }
        return LineHolders.of(bound, out);
    }

    /** The learner's merge, through its own state. */
    HoldersState merge(HoldersState other) {
        return of(state().merge(other.state()));
    }

    int size() {
        return holders.size();
    }
}
