package dev.faultline.actors.tabari;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One actor entry: its phrases (the first is the entry's own, then its {@code +} synonyms), each as
 * upper-case words, and its codes with their date restrictions. {@code line} is where it starts.
 */
public record TabariActor(List<List<String>> phrases, List<CodeSpan> codes, String file, int line) {
    public TabariActor {
        phrases = phrases.stream().map(List::copyOf).toList();
        codes = List.copyOf(codes);
        if (phrases.isEmpty()) throw new IllegalArgumentException("an actor without a phrase");
    }

    /** The code in force on {@code date}: the first restricted span covering it, else the first open one. */
    public Optional<String> codeAt(LocalDate date) {
        for (CodeSpan c : codes) {
            if ((c.from() != null || c.to() != null) && date != null && c.covers(date)) return Optional.of(c.code());
        }
        return codes.stream().filter(c -> c.from() == null && c.to() == null).map(CodeSpan::code).findFirst();
    }

    public String name() {
        return String.join(" ", phrases.get(0));
    }
}
