package dev.faultline.actors.kb;

import java.util.ArrayList;
import java.util.List;

/** Collects load problems so that one run reports them all; each names the file and entry. */
final class Problems {
    private final List<String> list = new ArrayList<>();

    void add(String file, String entry, String message) {
        list.add(file + (entry == null ? "" : ", " + entry) + ": " + message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) throw new KnowledgeBaseException(list);
    }
}
