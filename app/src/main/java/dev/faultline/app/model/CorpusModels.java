package dev.faultline.app.model;

import dev.faultline.store.Store;

import java.util.Objects;

/**
 * A store's corpus model, kept while the store's revision stays the same: a server answers every request from one
 * model and rebuilds it only after a write (its own or another process's). Safe to share between threads; one thread
 * builds while the others wait for it.
 */
public final class CorpusModels {
    private final Store store;
    private final CorpusSettings settings;
    private CorpusModel current;

    public CorpusModels(Store store, CorpusSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The model of the store as it is now: the kept one when the revision has not moved since, else a new one. */
    public synchronized CorpusModel current() {
        long revision = store.revision();
        if (current == null || current.revision() != revision) current = CorpusModel.read(store, settings);
        return current;
    }
}
