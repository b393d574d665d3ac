package dev.faultline.ingest.lang;

import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.ingest.clean.DebrisCleaner;
import dev.faultline.ingest.draft.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = new LanguageIdentifier(60, 0.1);

    private static Draft identify(String body) {
        RawReport raw = new RawReport(new Source("r.txt", Source.Format.TEXT, 0), "T", body, null, null, null, List.of());
        return ID.apply(new DebrisCleaner(BoilerplateIndex.none()).apply(raw));
    }

    @Test
    void englishIsEnglishAndUnflagged() {
        Draft d = identify("The Syrian army and its allies launched an offensive on the rebel-held province on Thursday, "
                + "according to state media and a monitoring group, which reported heavy air strikes on several towns.");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void germanIsKeptWithItsCodeAndFlagged() {
        Draft d = identify("Die syrische Armee und ihre Verbündeten haben am Donnerstag eine Offensive auf die von Rebellen "
                + "gehaltene Provinz begonnen, berichteten Staatsmedien und eine Beobachtungsstelle, die von schweren Luftangriffen sprach.");
        assertThat(d.language()).isEqualTo("de");
        assertThat(d.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("not English (detected: de); kept out of English-only stages"));
    }

    @Test
    void frenchAndArabicMapToIso6391() {
        assertThat(ID.detect("L'armée syrienne et ses alliés ont lancé jeudi une offensive contre la province tenue par les rebelles, "
                + "selon les médias d'État et un observatoire qui a fait état de frappes aériennes intenses.").code()).isEqualTo("fr");
        assertThat(ID.detect("أطلق الجيش السوري وحلفاؤه يوم الخميس هجوما على المحافظة التي يسيطر عليها المتمردون بحسب وسائل الإعلام الرسمية ومرصد للحرب").code())
                .isEqualTo("ar");
    }

    @Test
    void shortTextIsUndeterminedAndUnflagged() {
        Draft d = identify("Kurz gesagt: nein.");
        assertThat(d.language()).isEqualTo("und");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void aShortEnglishReportIsEnglishThoughTheDetectorIsUnsure() {
        assertThat(ID.detect("On 3 May 2021, nurses protested outside the clinic in Kingston over pay.").code()).isEqualTo("en");
        assertThat(ID.detect("Rebels withdrew from the town after a week of fighting with the army.").code()).isEqualTo("en");
        assertThat(ID.detect("Les forces russes ont bombardé la ville dimanche.").code()).isNotEqualTo("en");
        assertThat(ID.detect("El ejército bombardeó la ciudad el domingo.").code()).isNotEqualTo("en");
    }
}
