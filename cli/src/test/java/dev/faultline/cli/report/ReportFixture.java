package dev.faultline.cli.report;

import dev.faultline.app.view.report.Topologies;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A real DuckDB file of three hand-coded reports for the report's tests (no language models): known
 * actors the knowledge base ties together (Hezbollah is Iran's proxy), events in three months, three of
 * them located, one not; force figures that contradict each other; and untrusted text that tries to be
 * markup — an actor, an outlet and a sentence holding {@code <script>alert(1)</script>}, and an actor
 * whose name holds a {@code |}. Also a small hand-made TopoJSON: two neighbours around Syria sharing an
 * arc, and a third country far away.
 */
final class ReportFixture {
    static final String SCRIPT = "<script>alert(1)</script>";

    static final ActorRef IRAN = known("iran", "Iran", ActorKind.STATE, "IRN", Sector.GOV);
    static final ActorRef HEZBOLLAH = known("hezbollah", "Hezbollah", ActorKind.ORGANIZATION, "LBN", Sector.UAF);
    static final ActorRef ISRAEL = known("israel", "Israel", ActorKind.STATE, "ISR", Sector.GOV);
    static final ActorRef SCRIPTED = new ActorRef("scripted-group", SCRIPT + " Brigade", ActorKind.GROUP, null, null, null,
            List.of("scripted-group"), ActorRef.Origin.CANDIDATE, null);
    static final ActorRef PIPED = new ActorRef("pipe-militia", "Pipe | Militia", ActorKind.GROUP, null, null, null,
            List.of("pipe-militia"), ActorRef.Origin.CANDIDATE, null);

    static final String REUTERS_TEXT = "Israeli jets struck Iranian positions near Damascus on Tuesday. "
            + "Iran has reduced its forces in Syria from 7000 to 700, a senior Israeli official told Reuters.";
    static final String DEBKA_TEXT = "Iran delivered weapons to Hezbollah in Syria. "
            + "Iran keeps at least 25,000 Shiite fighters in Syria. "
            + "Hezbollah threatened Israel from southern Lebanon.";
    static final String EVIL_TEXT = "The Brigade shelled Pipe Militia in Aleppo, shouting " + SCRIPT + " at dawn.";

    static final Article REUTERS = article(REUTERS_TEXT, "reuters.txt", "Reuters", PartialDate.ofDay(LocalDate.of(2018, 10, 3)));
    static final Article DEBKA = article(DEBKA_TEXT, "debka.txt", "DEBKAfile", PartialDate.ofMonth(2018, 9));
    static final Article EVIL = article(EVIL_TEXT, "evil.txt", "Evil " + SCRIPT + " News", PartialDate.ofMonth(2018, 11));

    static final EventPlace DAMASCUS = new EventPlace("Damascus", "SYR", null, 33.51, 36.29, 170654L, PlacePrecision.PLACE);
    static final EventPlace SYRIA = new EventPlace("Syria", "SYR", null, 35.0, 38.0, 163843L, PlacePrecision.COUNTRY);
    static final EventPlace ALEPPO = new EventPlace("Aleppo", "SYR", null, 36.2, 37.16, 170063L, PlacePrecision.PLACE);
    /** Events with coordinates. */
    static final int LOCATED = 3;

    private ReportFixture() {}

    /** Writes the reports with their events and force claims to a new DuckDB file in {@code dir}. */
    static String store(Path dir) {
        Path db = dir.resolve("report.duckdb");
        try (Store s = Stores.duckdb(db)) {
            s.save(REUTERS, signature(1));
            s.save(DEBKA, signature(2));
            s.save(EVIL, signature(3));

            EventDate october = new EventDate(PartialDate.ofDay(LocalDate.of(2018, 10, 2)), EventDate.Basis.RELATIVE);
            CodedEvent strike = event("reuters-e1", REUTERS, 0, "Israeli jets struck Iranian positions near Damascus on Tuesday.",
                    october, ISRAEL, "Israeli jets", IRAN, "Iranian positions", PloverType.ASSAULT, "195", -10, DAMASCUS);
            List<Attribution> official = List.of(Attribution.outlet("Reuters"),
                    link(REUTERS_TEXT, "a senior Israeli official", AttributionKind.OFFICIAL, ISRAEL));
            EventDate octoberMonth = new EventDate(PartialDate.ofMonth(2018, 10), EventDate.Basis.ARTICLE);
            s.saveAnalysis(REUTERS.id(), "test", List.of(), List.of(strike), List.of(
                    force("reuters-f1", REUTERS, 1, "from 7000", "7000", "Iran", IRAN, 7000, Estimate.FROM, octoberMonth, official),
                    force("reuters-f2", REUTERS, 1, "to 700", "700", "Iran", IRAN, 700, Estimate.TO, octoberMonth, official)));

            EventDate september = new EventDate(PartialDate.ofMonth(2018, 9), EventDate.Basis.ARTICLE);
            CodedEvent aid = event("debka-e1", DEBKA, 0, "Iran delivered weapons to Hezbollah in Syria.", september,
                    IRAN, "Iran", HEZBOLLAH, "Hezbollah", PloverType.AID, "070", 7, SYRIA);
            CodedEvent threat = event("debka-e2", DEBKA, 2, "Hezbollah threatened Israel from southern Lebanon.", september,
                    HEZBOLLAH, "Hezbollah", ISRAEL, "Israel", PloverType.THREATEN, "138", -7, EventPlace.named("southern Lebanon"));
            s.saveAnalysis(DEBKA.id(), "test", List.of(), List.of(aid, threat), List.of(
                    force("debka-f1", DEBKA, 1, "at least 25,000 Shiite fighters", "at least 25,000 Shiite fighters", "Iran", IRAN,
                            25000, Estimate.AT_LEAST, september, List.of(Attribution.outlet("DEBKAfile")))));

            EventDate november = new EventDate(PartialDate.ofMonth(2018, 11), EventDate.Basis.ARTICLE);
            CodedEvent shelling = event("evil-e1", EVIL, 0, EVIL_TEXT, november, SCRIPTED, "The Brigade", PIPED, "Pipe Militia",
                    PloverType.ASSAULT, "190", -10, ALEPPO);
            s.saveAnalysis(EVIL.id(), "test", List.of(), List.of(shelling), List.of());
        }
        return db.toString();
    }

    /** {@link Topologies#TOPOLOGY} in a file of {@code dir}. */
    static Path topology(Path dir) {
        try {
            return Files.writeString(dir.resolve("countries-test.json"), Topologies.TOPOLOGY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ActorRef known(String id, String name, ActorKind kind, String country, Sector sector) {
        return new ActorRef(id, name, kind, country, sector, null, List.of(id), ActorRef.Origin.KNOWN, null);
    }

    private static Article article(String text, String path, String outlet, PartialDate published) {
        return new Article(ArticleId.of(text), new Source(path, Source.Format.TEXT, 0), outlet + " report", outlet, null,
                PublishedDate.known(published), "en", null, text, text, List.of(), List.of());
    }

    private static Signature signature(int seed) {
        return new Signature(IntStream.range(0, 128).map(i -> i * 7919 + seed * 104729).toArray());
    }

    private static CodedEvent event(String id, Article a, int sentence, String clause, EventDate date, ActorRef source, String sourceWords,
                                    ActorRef target, String targetWords, PloverType type, String cameo, double goldstein, EventPlace place) {
        String text = a.text();
        int b = text.indexOf(clause);
        return new CodedEvent(id, a.id(), sentence, b, b + clause.length(), clause, date,
                List.of(mention(text, sourceWords, source, sentence)), List.of(mention(text, targetWords, target, sentence)),
                type, type.name().toLowerCase(Locale.ROOT), List.of(), cameo, goldstein, Modality.ASSERTED, place, null, 0.9, List.of(Attribution.outlet(a.outlet())));
    }

    private static Attribution link(String text, String words, AttributionKind kind, ActorRef actor) {
        int b = text.indexOf(words);
        return new Attribution(words, kind, actor, b, b + words.length());
    }

    private static ActorMention mention(String text, String words, ActorRef actor, int sentence) {
        int b = text.indexOf(words);
        if (b < 0) throw new IllegalArgumentException("no '" + words + "' in the text");
        return new ActorMention(b, b + words.length(), sentence, 0, 1, words, actor, MentionBasis.ALIAS, 0.9);
    }

    private static ForceClaim force(String id, Article a, int sentence, String context, String figure, String actorWords, ActorRef actor,
                                    long personnel, Estimate estimate, EventDate date, List<Attribution> chain) {
        String text = a.text();
        int b = text.indexOf(context) + context.indexOf(figure);
        return new ForceClaim(id, a.id(), sentence, b, b + figure.length(), figure, mention(text, actorWords, actor, sentence),
                personnel, estimate, date, SYRIA, Modality.ASSERTED, chain);
    }
}
