package dev.faultline.eval.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores FA-KES as {@code eval/README.md} specifies: {@code date_month}, the article's main event falls
 * in the gold month; {@code governorate}, its main place lies in the gold governorate. Governorates are
 * compared by {@link #sameName}, since the gold set spells them its own way ("deir ezzor", "hasakeh").
 * {@code credibility_auc} is the ROC AUC of the system's credibility against the labels (1 credible):
 * the chance that a credible article scores above a fake one, ties counting half; an article the
 * system judged nothing in scores a neutral 0.5.
 */
public final class FakesSuite {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter GOLD_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private FakesSuite() {}

    /** The rows of the CSV ({@code unit_id, article_title, article_content, source, date, location, labels}). */
    public static List<FakesArticle> read(Path file) throws IOException {
        List<FakesArticle> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            for (CSVRecord rec : p) {
                String where = file + ":" + rec.getRecordNumber() + ": ";
                try {
                    out.add(new FakesArticle(rec.get("unit_id"), rec.get("article_title"), rec.get("article_content"), rec.get("source"),
                            LocalDate.parse(rec.get("date").strip(), GOLD_DATE), rec.get("location").strip(),
                            Integer.parseInt(rec.get("labels").strip())));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IOException(where + "not a FA-KES row: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    public static EvalReport run(List<FakesArticle> articles, FakesSystem system) {
        int month = 0, place = 0;
        List<JsonNode> cases = new ArrayList<>();
        List<Double> credibility = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (FakesArticle a : articles) {
            Optional<MainEvent> main = system.main(a);
            boolean monthOk = main.map(MainEvent::date).filter(d -> d.length() >= 7 && d.substring(0, 7).equals(a.month().toString())).isPresent();
            boolean placeOk = main.map(MainEvent::governorate).filter(g -> sameName(g, a.governorate())).isPresent();
            credibility.add(main.map(MainEvent::credibility).orElse(NEUTRAL));
            labels.add(a.label() == 1);
            if (monthOk) month++;
            if (placeOk) place++;
            ObjectNode c = F.objectNode().put("id", a.id()).put("title", a.title())
                    .put("gold_month", a.month().toString()).put("date", main.map(MainEvent::date).orElse(null)).put("date_month_ok", monthOk)
                    .put("gold_governorate", a.governorate()).put("governorate", main.map(MainEvent::governorate).orElse(null))
                    .put("place", main.map(MainEvent::place).orElse(null)).put("governorate_ok", placeOk)
                    .put("label", a.label()).put("credibility", main.map(MainEvent::credibility).orElse(null));
            cases.add(c);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        int n = articles.size();
        m.put("date_month", n == 0 ? Double.NaN : (double) month / n);
        m.put("governorate", n == 0 ? Double.NaN : (double) place / n);
        m.put("credibility_auc", auc(credibility, labels));
        return new EvalReport("fakes", m, n, cases);
    }

    private static final double NEUTRAL = 0.5;

    /** ROC AUC by the Mann–Whitney count: NaN without both classes. */
    static double auc(List<Double> scores, List<Boolean> positive) {
        List<Double> pos = new ArrayList<>(), neg = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) (positive.get(i) ? pos : neg).add(scores.get(i));
        if (pos.isEmpty() || neg.isEmpty()) return Double.NaN;
        double wins = 0;
        for (double p : pos) for (double q : neg) wins += p > q ? 1 : p == q ? 0.5 : 0;
        return wins / ((double) pos.size() * neg.size());
    }

    /**
     * Two spellings of one governorate's name: compared without accents, case, the words for a division,
     * a leading article, vowels, glides and doubled letters ("Deir ez-Zor Governorate" and "deir ezzor";
     * "Al-Hasakah" and "hasakeh"; "Latakia" and "lattakia").
     */
    static boolean sameName(String a, String b) {
        String x = skeleton(a), y = skeleton(b);
        return !x.isEmpty() && x.equals(y);
    }

    private static String skeleton(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\b(governorate|province|suburbs|countryside|city)\\b", " ").replaceAll("[^a-z ]", " ").strip();
        s = s.replaceFirst("^(al|el|ar|as|ad|ash|az|an|at) ", "");
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("aeiouyw h".indexOf(c) >= 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }
}
