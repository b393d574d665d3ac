package dev.faultline.actors.kb;

import java.util.List;

/** The knowledge base could not be loaded; {@link #problems()} lists every problem found, each naming its file and entry. */
public final class KnowledgeBaseException extends RuntimeException {
    private final List<String> problems;

    public KnowledgeBaseException(List<String> problems) {
        super(problems.size() + " problem(s) in the actor knowledge base:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public KnowledgeBaseException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
