package dev.faultline.domain.event;

import java.util.Locale;
import java.util.Optional;

/**
 * PLOVER's sixteen event types, in its order from cooperation to conflict, with their usual CAMEO
 * quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict);
 * an event's own quad comes from its CAMEO code ({@link CodedEvent#quadOf}).
 */
public enum PloverType {
    AGREE(1), CONSULT(1), SUPPORT(1), CONCEDE(2), COOPERATE(2), AID(2), RETREAT(2),
    REQUEST(1), ACCUSE(3), REJECT(3), THREATEN(3), PROTEST(3),
    SANCTION(4), MOBILIZE(4), COERCE(4), ASSAULT(4);

    private final int quad;

    PloverType(int quad) {
        this.quad = quad;
    }

    public int quad() {
        return quad;
    }

    public boolean isConflict() {
        return quad >= 3;
    }

    /** Reads a type, also PLOVER's retired labels (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT). */
    public static Optional<PloverType> parse(String label) {
        if (label == null) return Optional.empty();
        String l = label.strip().toUpperCase(Locale.ROOT);
        String current = switch (l) {
            case "DEMAND" -> "REQUEST";
            case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
            case "FIGHT" -> "ASSAULT";
            default -> l;
        };
        for (PloverType t : values()) if (t.name().equals(current)) return Optional.of(t);
        return Optional.empty();
    }
}
