package dev.faultline.domain.actor;

import java.util.Locale;
import java.util.Optional;

/**
 * An actor's role code, as in CAMEO 1.1b3 (chapter 2, "actor codes") and reused by PLOVER's actor
 * fields. Only the codes Faultline uses are listed; the three-letter code is the contract value.
 */
public enum Sector {
    GOV("government, executive"),
    MIL("state military"),
    COP("police, security forces"),
    SPY("state intelligence"),
    JUD("judiciary"),
    LEG("legislature"),
    PTY("political party"),
    OPP("political opposition"),
    REB("rebels, armed opposition"),
    INS("insurgents"),
    SEP("separatists"),
    UAF("unaligned armed forces, militias"),
    IMG("international militarized group"),
    IGO("intergovernmental organization"),
    NGO("non-governmental organization"),
    MED("media, news outlets and agencies"),
    CVL("civilians"),
    REF("refugees, displaced"),
    ELI("elites, former officials"),
    BUS("business"),
    CRM("criminals"),
    HRI("human rights"),
    HLH("health"),
    EDU("education"),
    LAB("labour"),
    REL("religious");

    private final String meaning;

    Sector(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Sectors that are organs of a state: an actor in one of them belongs to its country's state. */
    public boolean isStateOrgan() {
        return this == GOV || this == MIL || this == COP || this == SPY || this == JUD || this == LEG;
    }

    public static Optional<Sector> parse(String code) {
        if (code == null) return Optional.empty();
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
