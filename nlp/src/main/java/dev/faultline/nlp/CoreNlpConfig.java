package dev.faultline.nlp;

import java.util.Properties;

/**
 * The CoreNLP configurations Faultline uses, chosen from measurements (see BENCHMARKS.md and
 * shared/notes/corenlp.md): SUTime and the fine-grained gazetteer cost about 90% of default NER
 * time and 600 MB of heap, and the parser about 80% of a lean pipeline's time.
 */
public final class CoreNlpConfig {
    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    public static final String DEPPARSE_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private CoreNlpConfig() {
    }

    /** The layer's pipeline: tokens, sentences, POS, lemmas and the 3-class CRF only. */
    public static Properties lean() {
        Properties p = common();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.model", NER_3CLASS);
        p.setProperty("ner.applyNumericClassifiers", "false"); // Faultline's NumberNormalizer instead
        p.setProperty("ner.useSUTime", "false");               // Faultline's DateNormalizer instead
        p.setProperty("ner.applyFineGrained", "false");        // FineTypePhrases + FineTyper instead
        p.setProperty("ner.buildEntityMentions", "false");     // mentions are built from the tags
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    /**
     * The naive full stack, the benchmark's baseline: CoreNLP's default NER (3 CRFs, SUTime,
     * numbers, fine-grained gazetteer) and the parser on every sentence. Run it with
     * {@code annotate(annotations, threads)}: documents in parallel, as the layer runs them.
     */
    public static Properties naive() {
        Properties p = common();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return p;
    }

    private static Properties common() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        // Paragraphs end sentences: headlines, datelines and captions have no final stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }
}
