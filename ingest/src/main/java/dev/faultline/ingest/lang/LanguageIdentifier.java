package dev.faultline.ingest.lang;

import dev.faultline.domain.Problem;
import dev.faultline.ingest.draft.Draft;
import dev.faultline.pipeline.Stage;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Labels a report with its language. Too little text ({@code minChars} letters) or a low-confidence
 * answer gives "und" and no complaint: a caption or a headline is not worth a warning; such a text is
 * English only when the detector guesses so or English function words say so ({@link EnglishWords}). A confident
 * non-English answer is stored with its code and a problem saying the report is kept out of
 * English-only stages.
 *
 * <p>The model (10 MB) is loaded once per JVM, on first use, through a holder class, and shared
 * read-only; each thread gets its own detector over it, since OpenNLP does not promise that a
 * detector instance is safe to share.
 */
public final class LanguageIdentifier implements Stage<Draft, Draft> {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** The detector reads a prefix; more text changes nothing but the time taken. */
    private static final int MAX_CHARS = 3000;

    private final int minChars;
    private final double minConfidence;
    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageIdentifier(int minChars, double minConfidence) {
        this.minChars = minChars;
        this.minConfidence = minConfidence;
        LanguageDetectorModel model = ModelHolder.MODEL;
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    @Override
    public Draft apply(Draft draft) {
        String text = draft.text();
        Detected d = detect(text);
        if (d.code().equals("und") || d.code().equals("en")) return draft.withLanguage(d.code());
        return draft.withLanguage(d.code()).withProblem(Problem.warning(draft.where(),
                "not English (detected: " + d.code() + "); kept out of English-only stages"));
    }

    /** The language of a text, as an ISO 639-1 code ("und" when unsure), with the detector's confidence. */
    public Detected detect(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_ENGLISH_LETTERS) return new Detected("und", 0);
        Language best = detector.get().predictLanguage(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        double confidence = best == null ? 0 : best.getConfidence();
        if (letters >= minChars && best != null && confidence >= minConfidence) {
            return new Detected(LanguageCodes.toIso6391(best.getLang()), confidence);
        }
        // a sentence or a headline is too short for the detector, which then guesses among 103 languages ("Israeli jets
        // strike Damascus airport": Norwegian); English is the one language analysed, so a short text is English when
        // the detector's guess is, or when English function words make up much of it
        if (best != null && "eng".equals(best.getLang()) || EnglishWords.share(text) >= EnglishWords.ENOUGH) return new Detected("en", confidence);
        return new Detected("und", confidence);
    }

    /** A text shorter than this is undetermined: too little to tell anything. */
    private static final int MIN_ENGLISH_LETTERS = 20;

    @Override
    public String name() {
        return "language";
    }

    /** A detected language: ISO 639-1 code (or 639-3 where none exists, or "und") and confidence in [0, 1]. */
    public record Detected(String code, double confidence) {
    }

    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " not on the class path (it comes with opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model " + MODEL_RESOURCE, e);
            }
        }
    }
}
