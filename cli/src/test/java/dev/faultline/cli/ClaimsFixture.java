package dev.faultline.cli;

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
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PlacePrecision;
import dev.faultline.domain.event.PloverType;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A real DuckDB file holding two hand-coded reports (no language models needed): a DEBKAfile report
 * with a Hezbollah pull-back on the word of its anonymous sources and force figures for Hezbollah,
 * Iran and the IRGC (whose lineage runs up to Iran), and a Reuters report of an Israeli official
 * saying Iran cut its forces from 7,000 to 700 — which contradicts DEBKAfile's "at least 25,000".
 */
final class ClaimsFixture {
    static final ActorRef IRAN = new ActorRef("iran", "Iran", ActorKind.STATE, "IRN", Sector.GOV, "IRN", List.of("iran"),
            ActorRef.Origin.KNOWN, null);
    static final ActorRef IRGC = new ActorRef("irgc", "Islamic Revolutionary Guard Corps", ActorKind.ORGANIZATION, "IRN", Sector.MIL,
            "IRNMIL", List.of("irgc", "iran"), ActorRef.Origin.KNOWN, null);
    static final ActorRef HEZBOLLAH = new ActorRef("hezbollah", "Hezbollah", ActorKind.ORGANIZATION, "LBN", Sector.UAF, "LBNUAF",
            List.of("hezbollah"), ActorRef.Origin.KNOWN, null);
    static final ActorRef ISRAEL = new ActorRef("israel", "Israel", ActorKind.STATE, "ISR", Sector.GOV, "ISR", List.of("israel"),
            ActorRef.Origin.KNOWN, null);

    static final String DEBKA_TEXT = "Hezbollah pulled back roughly 5,000 fighters from southern Syria, DEBKAfile's military sources said. "
            + "Iran keeps at least 25,000 Shiite fighters in Syria. The IRGC has 3,000 officers at Deir ez-Zor.";
    static final String REUTERS_TEXT = "Iran has reduced its forces in Syria from 7000 to 700, a senior Israeli official told Reuters. "
            + "Israeli jets struck Iranian positions near Damascus on Tuesday.";

    static final Article DEBKA = article(DEBKA_TEXT, "debka.txt", "DEBKAfile", PartialDate.ofMonth(2018, 9));
    static final Article REUTERS = article(REUTERS_TEXT, "reuters.txt", "Reuters", PartialDate.ofDay(LocalDate.of(2018, 10, 3)));

    /** Ids of the stored claims. */
    static final String RETREAT = "debka-e1", ASSAULT = "reuters-e1";
    static final String HEZBOLLAH_5000 = "debka-f1", IRAN_25000 = "debka-f2", IRGC_3000 = "debka-f3",
            IRAN_FROM_7000 = "reuters-f1", IRAN_TO_700 = "reuters-f2";

    private ClaimsFixture() {}

    /** Writes the two reports with their events and force claims to a new DuckDB file in {@code dir}. */
    static String store(Path dir) {
        Path db = dir.resolve("claims.duckdb");
        try (Store s = Stores.duckdb(db)) {
            s.save(DEBKA, signature(1));
            s.save(REUTERS, signature(2));
            EventDate september = new EventDate(PartialDate.ofMonth(2018, 9), EventDate.Basis.ARTICLE);
            List<Attribution> debkaChain = List.of(Attribution.outlet("DEBKAfile"),
                    link(DEBKA_TEXT, "DEBKAfile's military sources", AttributionKind.ANONYMOUS, null));
            CodedEvent retreat = new CodedEvent(RETREAT, DEBKA.id(), 0, 0, DEBKA_TEXT.indexOf('.') + 1,
                    DEBKA_TEXT.substring(0, DEBKA_TEXT.indexOf('.') + 1), september, List.of(mention(DEBKA_TEXT, "Hezbollah", HEZBOLLAH, 0)),
                    List.of(), PloverType.RETREAT, "withdraw", List.of("military"), "0874", 5.0, Modality.REPORTED,
                    EventPlace.named("southern Syria"), null, 0.8, debkaChain);
            EventPlace syria = new EventPlace("Syria", "SYR", null, 35.0, 38.0, 163843L, PlacePrecision.COUNTRY);
            List<ForceClaim> debkaForces = List.of(
                    force(HEZBOLLAH_5000, DEBKA, 0, "roughly 5,000 fighters", "roughly 5,000 fighters", "Hezbollah", HEZBOLLAH,
                            5000, Estimate.ABOUT, september, EventPlace.named("southern Syria"), Modality.REPORTED, debkaChain),
                    force(IRAN_25000, DEBKA, 1, "at least 25,000 Shiite fighters", "at least 25,000 Shiite fighters", "Iran", IRAN,
                            25000, Estimate.AT_LEAST, september, syria, Modality.ASSERTED, List.of(Attribution.outlet("DEBKAfile"))),
                    force(IRGC_3000, DEBKA, 2, "3,000 officers", "3,000 officers", "IRGC", IRGC,
                            3000, Estimate.EXACT, september, EventPlace.named("Deir ez-Zor"), Modality.ASSERTED,
                            List.of(Attribution.outlet("DEBKAfile"))));
            s.saveAnalysis(DEBKA.id(), "test", List.of(), List.of(retreat), debkaForces);

            EventDate october = new EventDate(PartialDate.ofMonth(2018, 10), EventDate.Basis.ARTICLE);
            List<Attribution> reutersChain = List.of(Attribution.outlet("Reuters"),
                    link(REUTERS_TEXT, "a senior Israeli official", AttributionKind.OFFICIAL, ISRAEL));
            int second = REUTERS_TEXT.indexOf("Israeli jets");
            CodedEvent assault = new CodedEvent(ASSAULT, REUTERS.id(), 1, second, REUTERS_TEXT.length(), REUTERS_TEXT.substring(second),
                    new EventDate(PartialDate.ofDay(LocalDate.of(2018, 10, 2)), EventDate.Basis.RELATIVE),
                    List.of(mention(REUTERS_TEXT, "Israeli jets", ISRAEL, 1)), List.of(mention(REUTERS_TEXT, "Iranian positions", IRAN, 1)),
                    PloverType.ASSAULT, "aerial", List.of("military"), "195", -10.0, Modality.ASSERTED,
                    EventPlace.named("Damascus"), null, 0.9, List.of(Attribution.outlet("Reuters")));
            List<ForceClaim> reutersForces = List.of(
                    force(IRAN_FROM_7000, REUTERS, 0, "from 7000", "7000", "Iran", IRAN,
                            7000, Estimate.FROM, october, syria, Modality.ASSERTED, reutersChain),
                    force(IRAN_TO_700, REUTERS, 0, "to 700", "700", "Iran", IRAN,
                            700, Estimate.TO, october, syria, Modality.ASSERTED, reutersChain));
            s.saveAnalysis(REUTERS.id(), "test", List.of(), List.of(assault), reutersForces);
        }
        return db.toString();
    }

    private static Article article(String text, String path, String outlet, PartialDate published) {
        return new Article(ArticleId.of(text), new Source(path, Source.Format.TEXT, 0), text.substring(0, 30), outlet, null,
                PublishedDate.known(published), "en", null, text, text, List.of(), List.of());
    }

    private static Signature signature(int seed) {
        return new Signature(IntStream.range(0, 128).map(i -> i * 7919 + seed * 104729).toArray());
    }

    private static Attribution link(String text, String words, AttributionKind kind, ActorRef actor) {
        int b = text.indexOf(words);
        return new Attribution(words, kind, actor, b, b + words.length());
    }

    private static ActorMention mention(String text, String words, ActorRef actor, int sentence) {
        int b = text.indexOf(words);
        return new ActorMention(b, b + words.length(), sentence, 0, 1, words, actor, MentionBasis.ALIAS, 0.9);
    }

    /** A claim of {@code figure}, the first such words in {@code context} (the first such words of the text), for {@code actor}. */
    private static ForceClaim force(String id, Article a, int sentence, String context, String figure, String actorWords, ActorRef actor,
                                    long personnel, Estimate estimate, EventDate date, EventPlace place, Modality modality,
                                    List<Attribution> chain) {
        String text = a.text();
        int b = text.indexOf(context) + context.indexOf(figure);
        return new ForceClaim(id, a.id(), sentence, b, b + figure.length(), figure, mention(text, actorWords, actor, sentence),
                personnel, estimate, date, place, modality, chain);
    }
}
