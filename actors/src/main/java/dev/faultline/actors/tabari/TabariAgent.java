package dev.faultline.actors.tabari;

import java.util.List;

/**
 * An agent phrase ("police", "rebel forces") and the code it adds to the actor it qualifies: as a
 * suffix ({@code [~COP]}: Iraqi police → IRQCOP) or a prefix ({@code [IGO~]}: UN peacekeepers).
 */
public record TabariAgent(List<String> phrase, String code, boolean prefix, String file, int line) {
    public TabariAgent {
        phrase = List.copyOf(phrase);
        if (phrase.isEmpty() || code.isBlank()) throw new IllegalArgumentException("an agent needs a phrase and a code");
    }

    /** The agent's code joined to an actor's code, e.g. IRQ + ~COP = IRQCOP. */
    public String applyTo(String actorCode) {
        return prefix ? code + actorCode : actorCode + code;
    }
}
