package dev.faultline.cli.export;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.ForceSize;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PlacePrecision;
import dev.faultline.domain.event.PloverType;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A real DuckDB file of three hand-coded reports (no language models): a Reuters report of an Israeli
 * strike on Iran near Damascus (located) and Quds Force aid to Hezbollah in Syria (located to the
 * country, rolled up to Iran through the Quds Force's lineage), a DEBKAfile report of a Hezbollah
 * pull-back from "southern Syria" (not geocoded) and an IRGC force figure at Deir ez-Zor, and a report
 * whose every string is hostile: an armed group the knowledge base lacks, named with markup, quotes
 * and a tab, protesting against Israel at a place of such a name, in a sentence of such text, and an
 * undated event.
 */
public final class ExportFixture {
    public static final ActorRef IRAN = new ActorRef("iran", "Iran", ActorKind.STATE, "IRN", Sector.GOV, "IRN", List.of("iran"),
            ActorRef.Origin.KNOWN, null);
    public static final ActorRef IRGC = new ActorRef("irgc", "Islamic Revolutionary Guard Corps", ActorKind.ORGANIZATION, "IRN",
            Sector.MIL, "IRNMIL", List.of("irgc", "iran"), ActorRef.Origin.KNOWN, null);
    public static final ActorRef QUDS = new ActorRef("quds-force", "Quds Force", ActorKind.ORGANIZATION, "IRN", Sector.MIL, "IRNMIL",
            List.of("quds-force", "irgc", "iran"), ActorRef.Origin.KNOWN, null);
    public static final ActorRef HEZBOLLAH = new ActorRef("hezbollah", "Hezbollah", ActorKind.ORGANIZATION, "LBN", Sector.UAF, "LBNUAF",
            List.of("hezbollah"), ActorRef.Origin.KNOWN, null);
    public static final ActorRef ISRAEL = new ActorRef("israel", "Israel", ActorKind.STATE, "ISR", Sector.GOV, "ISR", List.of("israel"),
            ActorRef.Origin.KNOWN, null);

    /** Hostile words: markup, both quotes, an ampersand and a tab. */
    public static final String HOSTILE_NAME = "Brigade \"<script>alert('x')</script>\" &\tCo";
    public static final String HOSTILE_PLACE = "<b>\"Tab\tTown\"</b> & Sons";
    public static final ActorRef BRIGADE = new ActorRef("brigade-co", HOSTILE_NAME, ActorKind.GROUP, null, Sector.UAF, null,
            List.of("brigade-co"), ActorRef.Origin.CANDIDATE, null);

    public static final String REUTERS_TEXT = "Israeli jets struck Iranian positions near Damascus on Tuesday. "
            + "The Quds Force delivered weapons to Hezbollah in Syria.";
    public static final String DEBKA_TEXT = "Hezbollah pulled back from southern Syria, DEBKAfile's sources said. "
            + "The IRGC has 3,000 officers at Deir ez-Zor.";
    /** The hostile sentence: markup, quotes and a tab. */
    public static final String HOSTILE_SENTENCE = "The Brigade wrote \"<script>alert('x')</script>\" on Israeli posters &\tburned them.";
    public static final String HOSTILE_TEXT = HOSTILE_SENTENCE + " Nobody knows when Israel answered.";

    public static final Article REUTERS = article(REUTERS_TEXT, "reuters.txt", "Reuters", "https://example.org/reuters/1?a=1&b=2",
            PartialDate.ofDay(LocalDate.of(2018, 10, 3)));
    public static final Article DEBKA = article(DEBKA_TEXT, "debka.txt", "DEBKAfile", null, PartialDate.ofMonth(2018, 9));
    public static final Article HOSTILE = article(HOSTILE_TEXT, "hostile\tfile.txt", "Pamphlet <i>\"Daily\"</i>", null,
            PartialDate.ofYear(2019));

    public static final String STRIKE = "reuters-e1", AID = "reuters-e2", PULLBACK = "debka-e1", PROTEST = "hostile-e1",
            UNDATED = "hostile-e2", IRGC_3000 = "debka-f1";

    /** Damascus: latitude and longitude. */
    public static final double DAMASCUS_LAT = 33.5138, DAMASCUS_LON = 36.2765;
    public static final double TOWN_LAT = 36.2021, TOWN_LON = 37.1343;

    private ExportFixture() {
    }

    /** Writes the reports with their mentions, events and force claim to a new DuckDB file in {@code dir}; returns its path. */
    public static String store(Path dir) {
        Path db = dir.resolve("export.duckdb");
        try (Store s = Stores.duckdb(db)) {
            s.save(REUTERS, signature(1));
            s.save(DEBKA, signature(2));
            s.save(HOSTILE, signature(3));

            ActorMention israeliJets = mention(REUTERS_TEXT, "Israeli jets", ISRAEL, 0);
            ActorMention iranian = mention(REUTERS_TEXT, "Iranian positions", IRAN, 0);
            ActorMention quds = mention(REUTERS_TEXT, "The Quds Force", QUDS, 1);
            ActorMention hezbollahR = mention(REUTERS_TEXT, "Hezbollah", HEZBOLLAH, 1);
            EventPlace damascus = new EventPlace("Damascus", "SYR", "Damascus Governorate", DAMASCUS_LAT, DAMASCUS_LON, 170654L,
                    PlacePrecision.PLACE);
            EventPlace syria = new EventPlace("Syria", "SYR", null, 35.0, 38.0, 163843L, PlacePrecision.COUNTRY);
            CodedEvent strike = event(STRIKE, REUTERS, 0, "Israeli jets struck Iranian positions near Damascus on Tuesday.",
                    new EventDate(PartialDate.ofDay(LocalDate.of(2018, 10, 2)), EventDate.Basis.RELATIVE), List.of(israeliJets),
                    List.of(iranian), PloverType.ASSAULT, "aerial", "195", -10.0, Modality.ASSERTED, damascus,
                    new ForceSize(null, 2L, null, "two killed"), List.of(Attribution.outlet("Reuters")));
            CodedEvent aid = event(AID, REUTERS, 1, "The Quds Force delivered weapons to Hezbollah in Syria.",
                    new EventDate(PartialDate.ofMonth(2018, 10), EventDate.Basis.ARTICLE), List.of(quds), List.of(hezbollahR),
                    PloverType.AID, "", "0711", 7.4, Modality.REPORTED, syria, null, List.of(Attribution.outlet("Reuters")));
            s.saveAnalysis(REUTERS.id(), "test", List.of(israeliJets, iranian, quds, hezbollahR), List.of(strike, aid), List.of());

            ActorMention hezbollahD = mention(DEBKA_TEXT, "Hezbollah", HEZBOLLAH, 0);
            ActorMention irgc = mention(DEBKA_TEXT, "The IRGC", IRGC, 1);
            List<Attribution> debkaChain = List.of(Attribution.outlet("DEBKAfile"), link(DEBKA_TEXT, "DEBKAfile's sources"));
            CodedEvent pullback = event(PULLBACK, DEBKA, 0, "Hezbollah pulled back from southern Syria, DEBKAfile's sources said.",
                    new EventDate(PartialDate.ofMonth(2018, 9), EventDate.Basis.ARTICLE), List.of(hezbollahD), List.of(),
                    PloverType.RETREAT, "withdraw", "0874", 5.0, Modality.REPORTED, EventPlace.named("southern Syria"), null, debkaChain);
            int f = DEBKA_TEXT.indexOf("3,000");
            ForceClaim irgc3000 = new ForceClaim(IRGC_3000, DEBKA.id(), 1, f, f + "3,000 officers".length(), "3,000 officers", irgc, 3000,
                    Estimate.EXACT, new EventDate(PartialDate.ofMonth(2018, 9), EventDate.Basis.ARTICLE),
                    new EventPlace("Deir ez-Zor", "SYR", "Deir ez-Zor Governorate", 35.3359, 40.1408, 170794L, PlacePrecision.PLACE),
                    Modality.ASSERTED, List.of(Attribution.outlet("DEBKAfile")));
            s.saveAnalysis(DEBKA.id(), "test", List.of(hezbollahD, irgc), List.of(pullback), List.of(irgc3000));

            ActorMention brigade = mention(HOSTILE_TEXT, "The Brigade", BRIGADE, 0);
            ActorMention israeli = mention(HOSTILE_TEXT, "Israeli", ISRAEL, 0);
            ActorMention israel = mention(HOSTILE_TEXT, "Israel answered", ISRAEL, 1);
            EventPlace town = new EventPlace(HOSTILE_PLACE, "SYR", "Aleppo \"Governorate\"", TOWN_LAT, TOWN_LON, 170063L,
                    PlacePrecision.ADMIN1);
            CodedEvent protest = event(PROTEST, HOSTILE, 0, HOSTILE_SENTENCE, new EventDate(PartialDate.ofYear(2019), EventDate.Basis.ARTICLE),
                    List.of(brigade), List.of(israeli), PloverType.PROTEST, "", "141", -6.5, Modality.ALLEGED, town, null,
                    List.of(Attribution.outlet(HOSTILE.outlet())));
            CodedEvent undated = event(UNDATED, HOSTILE, 1, "Nobody knows when Israel answered.", null, List.of(israel), List.of(brigade),
                    PloverType.COERCE, "", "17", -7.0, Modality.ASSERTED, null, null, List.of());
            s.saveAnalysis(HOSTILE.id(), "test", List.of(brigade, israeli, israel), List.of(protest, undated), List.of());
        }
        return db.toString();
    }

    /** Every event id of the fixture. */
    public static List<String> eventIds() {
        return new ArrayList<>(List.of(STRIKE, AID, PULLBACK, PROTEST, UNDATED));
    }

    private static CodedEvent event(String id, Article a, int sentence, String words, EventDate date, List<ActorMention> source,
                                    List<ActorMention> target, PloverType type, String mode, String cameo, double goldstein,
                                    Modality modality, EventPlace place, ForceSize size, List<Attribution> chain) {
        int b = a.text().indexOf(words);
        if (b < 0) throw new IllegalArgumentException("no '" + words + "' in " + a.id());
        return new CodedEvent(id, a.id(), sentence, b, b + words.length(), words, date, source, target, type, mode, List.of("military"),
                cameo, goldstein, modality, place, size, 0.8, chain);
    }

    private static Article article(String text, String path, String outlet, String url, PartialDate published) {
        return new Article(ArticleId.of(text), new Source(path, Source.Format.TEXT, 0), text.substring(0, 30), outlet, url,
                PublishedDate.known(published), "en", null, text, text, List.of(), List.of());
    }

    private static Signature signature(int seed) {
        return new Signature(IntStream.range(0, 128).map(i -> i * 7919 + seed * 104729).toArray());
    }

    private static Attribution link(String text, String words) {
        int b = text.indexOf(words);
        return new Attribution(words, AttributionKind.ANONYMOUS, null, b, b + words.length());
    }

    private static ActorMention mention(String text, String words, ActorRef actor, int sentence) {
        int b = text.indexOf(words);
        if (b < 0) throw new IllegalArgumentException("no '" + words + "' in the text");
        return new ActorMention(b, b + words.length(), sentence, 0, 1, words, actor, MentionBasis.ALIAS, 0.9);
    }
}
