package dev.faultline.events.patterns;

import dev.faultline.domain.event.CodedEvent;

import java.util.Objects;

/** A CAMEO event code with its name and Goldstein score. */
public record CameoCode(String code, String name, double goldstein) {
    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CodedEvent.CAMEO_CODE.matcher(code).matches()) throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("CAMEO " + code + ": Goldstein " + goldstein + " out of -10..10");
    }
}
