package dev.faultline.server.api;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.model.CorpusModels;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.store.Store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What every request reads: the store and its corpus model, kept while the store's revision stays the same (see
 * {@link CorpusModels}), with the lookups the API needs built once per model rather than per request.
 */
public final class Corpus {
    private final Store store;
    private final CorpusModels models;
    private volatile Indexed current;

    public Corpus(Store store, CorpusModels models) {
        this.store = Objects.requireNonNull(store, "store");
        this.models = Objects.requireNonNull(models, "models");
    }

    public Store store() {
        return store;
    }

    /** The model of the store as it is now, with its lookups. */
    public Indexed now() {
        CorpusModel m = models.current();
        Indexed i = current;
        if (i == null || i.model != m) {
            synchronized (this) {
                i = current;
                if (i == null || i.model != m) current = i = new Indexed(m);
            }
        }
        return i;
    }

    /** A corpus model and its claims by id. */
    public static final class Indexed {
        private final CorpusModel model;
        private final Map<String, CodedEvent> events = new HashMap<>();
        private final Map<String, ForceClaim> forces = new HashMap<>();
        private final Map<String, Object> memo = new ConcurrentHashMap<>();

        Indexed(CorpusModel model) {
            this.model = model;
            for (CodedEvent e : model.events()) events.put(e.id(), e);
            for (ForceClaim f : model.forces()) forces.put(f.id(), f);
        }

        public CorpusModel model() {
            return model;
        }

        public CodedEvent event(String id) {
            return events.get(id);
        }

        public ForceClaim force(String id) {
            return forces.get(id);
        }

        /**
         * What {@code compute} makes of this model, computed once per key (blocs, ruptures per period): the model never
         * changes, so neither does the answer.
         */
        @SuppressWarnings("unchecked")
        public <T> T memo(String key, Supplier<T> compute) {
            Object v = memo.get(key);
            if (v == null) {
                v = compute.get();
                memo.putIfAbsent(key, v);
            }
            return (T) v;
        }

        public List<CodedEvent> events() {
            return model.events();
        }
    }
}
