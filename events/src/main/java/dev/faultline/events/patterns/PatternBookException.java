package dev.faultline.events.patterns;

import java.util.List;

/** The pattern files have problems; each names its file and entry. */
public final class PatternBookException extends RuntimeException {
    private final List<String> problems;

    public PatternBookException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the event patterns:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public PatternBookException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    public List<String> problems() {
        return problems;
    }
}
