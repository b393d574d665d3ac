package dev.faultline.ingest.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * OpenNLP's ISO 639-3 codes to the ISO 639-1 codes Faultline stores. Java knows the 639-2/3 code of
 * each 639-1 language; the detector also names individual languages of macrolanguages (Mandarin,
 * Iranian Persian, Standard Arabic …), which map to their macrolanguage's code. A language with no
 * 639-1 code keeps its 639-3 code, as BCP 47 does.
 */
final class LanguageCodes {
    private static final Map<String, String> TO_639_1 = build();

    private LanguageCodes() {
    }

    static String toIso6391(String iso6393) {
        return TO_639_1.getOrDefault(iso6393, iso6393);
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form is simply not mapped
            }
        }
        Map<String, String> individual = Map.ofEntries(Map.entry("cmn", "zh"), Map.entry("yue", "zh"),
                Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("arb", "ar"), Map.entry("zsm", "ms"),
                Map.entry("ekk", "et"), Map.entry("lvs", "lv"), Map.entry("swh", "sw"), Map.entry("uzn", "uz"),
                Map.entry("azj", "az"), Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("khk", "mn"),
                Map.entry("npi", "ne"), Map.entry("ory", "or"), Map.entry("plt", "mg"), Map.entry("ydd", "yi"),
                Map.entry("gug", "gn"), Map.entry("quy", "qu"), Map.entry("pbu", "ps"), Map.entry("als", "sq"),
                Map.entry("ckb", "ku"), Map.entry("kmr", "ku"), Map.entry("fas", "fa"), Map.entry("ces", "cs"),
                Map.entry("deu", "de"), Map.entry("fra", "fr"), Map.entry("nld", "nl"), Map.entry("zho", "zh"),
                Map.entry("ell", "el"), Map.entry("hye", "hy"), Map.entry("kat", "ka"), Map.entry("ron", "ro"),
                Map.entry("slk", "sk"), Map.entry("sqi", "sq"), Map.entry("msa", "ms"), Map.entry("mkd", "mk"),
                Map.entry("eus", "eu"), Map.entry("cym", "cy"), Map.entry("isl", "is"), Map.entry("mya", "my"),
                Map.entry("bod", "bo"), Map.entry("tgl", "tl"), Map.entry("fil", "tl"));
        m.putAll(individual);
        return Map.copyOf(m);
    }
}
