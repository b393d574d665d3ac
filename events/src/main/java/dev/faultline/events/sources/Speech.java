package dev.faultline.events.sources;

import java.util.Set;

/** The closed-class words of attribution in English, in one place. */
final class Speech {
    /** Verbs that put what follows in someone's mouth ("reported", "told", "reveal", "found"). */
    static final Set<String> VERBS = Set.of("say", "report", "reveal", "disclose", "tell", "claim", "state", "indicate",
            "announce", "confirm", "add", "note", "warn", "write", "quote", "cite", "allege", "assert", "insist", "explain",
            "highlight", "point", "learn", "observe", "stress", "acknowledge", "admit", "deny", "find", "conclude", "accuse",
            "inform", "brief", "tweet", "post", "publish", "describe", "estimate");
    /** Verbs whose object is a source the subject relays: "Bloomberg quoted officials", "citing opposition members". */
    static final Set<String> RELAYING = Set.of("quote", "cite");
    /** Verbs whose object hears it from the subject: "an official told Bas News that". */
    static final Set<String> TELLING = Set.of("tell", "inform", "brief");
    /** Verbs that make the claim an allegation rather than a report. */
    static final Set<String> ALLEGING = Set.of("claim", "allege", "accuse");
    /** Unsourced report nouns that "circulate": "Reports have been circulating that". */
    static final Set<String> RUMOUR_NOUNS = Set.of("report", "reports", "rumor", "rumors", "rumour", "rumours", "claims");
    static final Set<String> RUMOUR_VERBS = Set.of("circulate", "emerge", "surface", "suggest", "say", "indicate", "claim");
    /** Heads of a document that speaks for its author: "a statement by the committee", "the report of the monitor". */
    static final Set<String> DOCUMENTS = Set.of("statement", "report", "communique", "communiqué", "announcement", "letter",
            "study", "investigation", "release", "bulletin", "declaration", "video", "message");
    /** Heads of people a report does not name: "our sources", "an anonymous official", "a senior regional official". */
    static final Set<String> UNNAMED = Set.of("source", "sources", "official", "officials", "officer", "officers", "diplomat",
            "diplomats", "spokesman", "spokesmen", "spokesperson", "spokeswoman", "resident", "residents", "witness", "witnesses",
            "activist", "activists", "insider", "insiders", "aide", "aides", "member", "members", "people", "person", "someone",
            "analyst", "analysts", "expert", "experts", "commander", "commanders", "informant", "informants", "observer",
            "observers", "monitor", "monitors", "ally", "allies", "adviser", "advisers", "advisor", "advisors", "friend",
            "friends", "relative", "relatives", "neighbor", "neighbors", "neighbour", "neighbours", "colleague", "colleagues",
            "supporter", "supporters", "critic", "critics", "staffer", "staffers", "employee", "employees", "worker", "workers",
            "doctor", "doctors", "medic", "medics", "survivor", "survivors", "soldier", "soldiers", "fighter", "fighters",
            "lawmaker", "lawmakers", "negotiator", "negotiators", "mediator", "mediators", "investigator", "investigators",
            "journalist", "journalists", "correspondent", "correspondents");
    /** Heads of a news medium: "the Iraqi Kurdish media outlet Bas News", "a Russian news agency", "the London-based daily". */
    static final Set<String> MEDIA = Set.of("outlet", "outlets", "agency", "agencies", "newspaper", "newspapers", "daily", "paper",
            "channel", "television", "tv", "radio", "website", "site", "broadcaster", "magazine", "weekly", "news", "media",
            "press", "network", "station", "journal", "tabloid");
    /** Descriptions that refer back to the last medium named: "The news outlet revealed", "the report said". */
    static final Set<String> MEDIUM_ANAPHORA = Set.of("outlet", "agency", "newspaper", "daily", "paper", "channel", "website",
            "broadcaster", "magazine", "weekly", "report", "station", "network");
    /** Words of an office: a named person with one speaks as an official ("Russia's defense minister, Gen. Sergei Shoigu"). */
    static final Set<String> OFFICES = Set.of("minister", "president", "prime", "general", "gen.", "commander", "chief",
            "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "governor", "mayor", "colonel",
            "col.", "brigadier", "admiral", "lieutenant", "lt.", "major", "maj.", "official", "adviser", "advisor", "director",
            "head", "leader", "king", "emir", "senator", "lawmaker", "deputy", "chairman");
    /** Words that say the speaker keeps their name back. */
    static final Set<String> ANONYMOUS = Set.of("anonymous", "unnamed", "unidentified", "our");

    private Speech() {
    }
}
