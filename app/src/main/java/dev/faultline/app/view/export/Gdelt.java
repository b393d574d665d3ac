package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.text.SafeCsv;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.store.ArticleInfo;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events as a GDELT 2.0-style event table: tab-separated, a header row, one event a line, the
 * columns GDELT's event codebook names for what Faultline knows (see {@link #COLUMNS}), in its order,
 * then {@code FaultlineEventID}. Where Faultline's data differs from GDELT's:
 * <ul>
 *   <li>{@code GLOBALEVENTID} is a number derived from the event id (the first 52 bits of its SHA-256),
 *       the same in every export; {@code FaultlineEventID} is the event id itself;</li>
 *   <li>{@code SQLDATE} keeps the date's precision: {@code 20181002}, {@code 20181000} for a month,
 *       {@code 20180000} for a year (GDELT's own convention for partial dates); {@code MonthYear} is
 *       {@code 201810} (or {@code 201800}); dates the report does not give are empty;</li>
 *   <li>one actor per side: the first the clause names (GDELT codes a single dyad); codes are CAMEO
 *       actor codes and country codes ISO 3166-1 alpha-3, as the knowledge base holds them
 *       (GDELT's geography uses FIPS 10-4);</li>
 *   <li>{@code IsRootEvent} is 1 for events of an article's first sentence; {@code NumMentions} counts
 *       the claims of the event's story, {@code NumSources} its independent sources and
 *       {@code NumArticles} the articles that tell it; {@code AvgTone} is empty (no tone is measured);</li>
 *   <li>{@code ActionGeo_Type}: 1 country, 5 a first-level division (2 in the United States), 4 a
 *       place (3 in the United States), empty when the place is unresolved;
 *       {@code ActionGeo_ADM1Code} is empty, as Faultline keeps the division's name, not its code;</li>
 *   <li>{@code DATEADDED} is the export's time (UTC, {@code yyyyMMddHHmmss}); {@code SOURCEURL} the
 *       article's URL, else the path it was read from.</li>
 * </ul>
 * Values are never quoted: tabs and line breaks inside them become spaces.
 */
public final class Gdelt {
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL", "FaultlineEventID");

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Gdelt() {
    }

    /** Writes the header and one row per event, {@code added} as every row's DATEADDED; returns the rows written. */
    public static int write(CorpusModel corpus, Instant added, Writer out) {
        CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).setEscape(null).setRecordSeparator('\n')
                .setHeader(COLUMNS.toArray(String[]::new)).get();
        String dateAdded = ADDED.format(added);
        int n = 0;
        try {
            CSVPrinter p = new CSVPrinter(out, tsv);
            for (CodedEvent e : corpus.events()) {
                p.printRecord(row(e, corpus.article(e.article()), corpus.assessment(e.id()), corpus.articlesOfStory(e.id()), dateAdded));
                n++;
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the GDELT table: " + e.getMessage(), e);
        }
        return n;
    }

    static List<String> row(CodedEvent e, ArticleInfo article, Assessment a, int articles, String dateAdded) {
        List<Object> r = new ArrayList<>();
        PartialDate d = e.date() == null ? null : e.date().value();
        r.add(globalId(e.id()));
        r.add(d == null ? null : sqlDate(d));
        r.add(d == null ? null : String.format(Locale.ROOT, "%04d%02d", d.year(), d.month()));
        r.add(d == null ? null : String.format(Locale.ROOT, "%04d", d.year()));
        r.add(d == null ? null : fraction(d));
        actor(r, e.source());
        actor(r, e.target());
        r.add(e.sentence() == 0 ? 1 : 0);
        r.add(e.cameo());
        r.add(e.cameo().substring(0, Math.min(3, e.cameo().length())));
        r.add(e.cameo().substring(0, 2));
        r.add(e.quad());
        r.add(e.goldstein());
        r.add(a == null ? 1 : 1 + a.sameStory().size());
        r.add(a == null ? 1 : a.corroboration());
        r.add(articles);
        r.add(null);
        place(r, e.place());
        r.add(dateAdded);
        r.add(article == null ? null : article.url() != null && !article.url().isBlank() ? article.url() : article.source().path());
        r.add(e.id());
        return r.stream().map(Gdelt::clean).toList();
    }

    /** {@code yyyyMMdd}, with 00 for the month or day a date does not give. */
    static String sqlDate(PartialDate d) {
        return String.format(Locale.ROOT, "%04d%02d%02d", d.year(), d.month(), d.day());
    }

    /** The year and the fraction of it gone by at the date's first day, to 4 decimals (2018.7507). */
    static String fraction(PartialDate d) {
        var day = d.start();
        return String.format(Locale.ROOT, "%.4f", d.year() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear());
    }

    private static void actor(List<Object> r, List<ActorMention> side) {
        ActorRef a = side.isEmpty() ? null : side.get(0).actor();
        r.add(a == null ? null : a.cameo());
        r.add(a == null ? null : a.name());
        r.add(a == null ? null : a.country());
    }

    private static void place(List<Object> r, EventPlace p) {
        boolean us = p != null && "USA".equals(p.country());
        Integer type = p == null || p.precision() == null ? null : switch (p.precision()) {
            case COUNTRY -> 1;
            case ADMIN1 -> us ? 2 : 5;
            case PLACE -> us ? 3 : 4;
        };
        r.add(type);
        r.add(p == null ? null : fullName(p));
        r.add(p == null ? null : p.country());
        r.add(null);
        r.add(p == null ? null : p.lat());
        r.add(p == null ? null : p.lon());
        r.add(p == null ? null : p.geonameId());
    }

    /** "Place, Division, CCC", each part once. */
    private static String fullName(EventPlace p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.name());
        if (p.admin1() != null && !p.admin1().equals(p.name())) parts.add(p.admin1());
        if (p.country() != null && !p.country().equals(p.name())) parts.add(p.country());
        return String.join(", ", parts);
    }

    /** A positive number below 2^52 from the event id, the same in every export. */
    static long globalId(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) v = (v << 8) | (h[i] & 0xFF);
            return (v >>> 4) == 0 ? 1 : v >>> 4;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The value as text (numbers in plain decimals: -10, 0.0001, never 1.0E-4) with tabs and line breaks as spaces; null as empty. */
    static String clean(Object v) {
        if (v == null) return "";
        String s = v instanceof Double d ? Values.plain(d) : v.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    ? ' ' : c);
        }
        return v instanceof Number ? b.toString() : SafeCsv.text(b.toString());   // the TSV opens in spreadsheets too
    }
}
