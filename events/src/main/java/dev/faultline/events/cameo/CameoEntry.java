package dev.faultline.events.cameo;

import dev.faultline.domain.event.PloverType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One CAMEO code: its name, Goldstein score (-10..10) and PLOVER type, mode and context (empty when
 * PLOVER does not code it, as with plain statements).
 */
public record CameoEntry(String code, String name, double goldstein, Optional<PloverType> type, String mode, List<String> context) {
    public CameoEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        context = List.copyOf(context);
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("code " + code + ": Goldstein out of -10..10: " + goldstein);
    }
}
