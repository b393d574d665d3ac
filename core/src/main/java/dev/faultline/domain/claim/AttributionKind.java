package dev.faultline.domain.claim;

import java.util.Locale;

/**
 * What kind of source a link of an attribution chain is: a news outlet, an organization speaking as
 * one (a ministry, a monitor, a committee), an official named with an office, another named person,
 * or someone the report does not name ("our sources", "an anonymous official", "reports").
 */
public enum AttributionKind {
    MEDIA, ORGANIZATION, OFFICIAL, NAMED, ANONYMOUS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributionKind parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
