package dev.faultline.ingest.clean;

import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.ingest.draft.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DebrisCleanerTest {
    private static final String LEAD = "Government forces retook the town of Khan Sheikhoun on Wednesday after a five-day assault backed by Russian aircraft, a war monitor said.";
    private static final String SECOND = "Opposition fighters said they had withdrawn to positions further north to avoid being encircled, and that civilians had fled toward the Turkish border.";

    private static RawReport report(String path, String body) {
        return new RawReport(new Source(path, Source.Format.TEXT, 0), "Title", body, null, null, null, List.of());
    }

    private static Draft clean(String body) {
        return new DebrisCleaner(BoilerplateIndex.none()).apply(report("r.txt", body));
    }

    @Test
    void dropsBlogFooterCommentFormAndAuthorBoxButKeepsTheArticle() {
        String body = LEAD + "\n\n" + SECOND + "\n\n"
                + "Jane Roe is a freelance journalist covering the Levant. She tweets at @janeroe_levant\n\n"
                + "About Jane Roe\n\n"
                + "Jane Roe reports from Beirut and Gaziantep\n"
                + "This entry was posted in Middle East, Syria. Bookmark the permalink.\n\n"
                + "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
                + "This site uses Akismet to reduce spam. Learn how your comment data is processed.";
        Draft d = clean(body);
        assertThat(d.text()).isEqualTo(LEAD + "\n\n" + SECOND);
        assertThat(d.dropped()).isNotEmpty();
        int firstDropped = d.dropped().get(0).start();
        assertThat(body.substring(firstDropped)).startsWith("Jane Roe is a freelance journalist");
        for (Span s : d.dropped()) assertThat(s.reason()).isNotBlank();
    }

    @Test
    void dropsPrintAndShareWidgetsAndCommentHeaders() {
        Draft d = clean("Share this article\n" + LEAD + "\n\n" + SECOND + "\n\nPrint Friendly, PDF & Email\n\n12 Comments\n\n"
                + "Please let us know if you're having issues with commenting.");
        assertThat(d.text()).isEqualTo(LEAD + "\n\n" + SECOND);
        assertThat(d.dropped()).extracting(Span::reason).contains("share or print widget", "comments section");
    }

    @Test
    void keepsSentencesThatMerelyMentionCueWords() {
        String body = LEAD + "\n\nThe two sides agreed to share intelligence on militant movements.\n\n"
                + "Comments by the foreign minister drew a sharp response from Ankara.\n\n"
                + "About 300 families returned to the town.\n\nThe ministry did not respond.";
        assertThat(clean(body).text()).isEqualTo(body);
        assertThat(clean(body).dropped()).isEmpty();
    }

    @Test
    void aShortRealLastSentenceBeforeAFooterSurvives() {
        Draft d = clean(LEAD + "\n\nThe talks resume on Monday.\n\nPrint this page");
        assertThat(d.text()).isEqualTo(LEAD + "\n\nThe talks resume on Monday.");
    }

    @Test
    void aShortLineRecurringInSeveralReportsIsBoilerplate() {
        String footer = "Levant Daily Newsletter delivered every morning";
        List<RawReport> batch = List.of(
                report("a.txt", LEAD + "\n\n" + footer),
                report("b.txt", SECOND + "\n\n" + footer),
                report("c.txt", "Shelling continued overnight in the south, residents said.\n\n" + footer));
        DebrisCleaner cleaner = new DebrisCleaner(BoilerplateIndex.of(batch, 3));
        assertThat(cleaner.apply(batch.get(0)).text()).isEqualTo(LEAD);
        assertThat(cleaner.apply(batch.get(0)).dropped()).extracting(Span::reason).containsExactly("recurs in 3 reports of the batch");
        DebrisCleaner twoReports = new DebrisCleaner(BoilerplateIndex.of(batch.subList(0, 2), 3));
        assertThat(twoReports.apply(batch.get(0)).text()).contains(footer);
    }

    @Test
    void aQuoteSharedByStoriesOnOneEventIsNotBoilerplate() {
        String quote = "“We will not leave our homes,” one resident said.";
        List<RawReport> batch = List.of(
                report("a.txt", String.join("\n", LEAD, SECOND, "Aid groups warned of shortages.", quote, "Shops stayed shut.", "Schools closed.", "Roads were cut.")),
                report("b.txt", String.join("\n", SECOND, LEAD, "Clinics ran out of fuel.", quote, "Bakeries closed early.", "Water was rationed.", "Phones were down.")),
                report("c.txt", String.join("\n", "Smoke rose over the city.", LEAD, "Ambulances queued at the gate.", quote, "Markets emptied.", "Curfew began at six.", "Power failed again.")));
        DebrisCleaner cleaner = new DebrisCleaner(BoilerplateIndex.of(batch, 3));
        assertThat(cleaner.apply(batch.get(0)).text()).contains(quote);
    }

    @Test
    void copiesOfOneStoryAreNotEmptiedByRecurrence() {
        String story = "Syrian army enters Manbij outskirts\n\nTroops entered the outskirts of Manbij\n\nKurdish officials confirmed it";
        List<RawReport> copies = List.of(report("a.txt", story), report("b.txt", story), report("c.txt", story));
        Draft d = new DebrisCleaner(BoilerplateIndex.of(copies, 3)).apply(copies.get(0));
        assertThat(d.text()).isEqualTo(story);
    }

    @Test
    void spansAreOffsetsIntoTheRawBody() {
        String body = LEAD + "\n\nCOMMENTS\n\nLeave a comment";
        Draft d = clean(body);
        assertThat(d.dropped()).hasSize(1);
        Span s = d.dropped().get(0);
        assertThat(body.substring(s.start(), s.end())).isEqualTo("COMMENTS\n\nLeave a comment");
    }

    @Test
    void dropsAPhotoCaptionAndItsCreditNearTheStartButNotTheTitle() {
        String body = "Title\n\nSyrian soldiers ride a tank outside Khan Sheikhoun\nAFP\n\n" + LEAD + "\n\n" + SECOND;
        Draft d = clean(body);
        assertThat(d.text()).isEqualTo("Title\n\n" + LEAD + "\n\n" + SECOND);
        Draft captionFirst = clean("Syrian soldiers ride a tank outside Khan Sheikhoun\nAFP\n\n" + LEAD);
        assertThat(captionFirst.text()).isEqualTo(LEAD);
        Draft untitled = new DebrisCleaner(BoilerplateIndex.none()).apply(new RawReport(new Source("u.txt", Source.Format.TEXT, 0),
                null, "Army retakes Khan Sheikhoun\nAFP\n\n" + LEAD, null, null, null, List.of()));
        assertThat(untitled.text()).as("an untitled report's first line is its title, not a caption").startsWith("Army retakes Khan Sheikhoun");
        assertThat(d.dropped()).extracting(Span::reason).containsExactly("photo caption", "photo credit");
    }

    @Test
    void aShortLineWithoutACreditAndAnAgencyInASentenceAreKept() {
        String body = "Army retakes Khan Sheikhoun\n\nLive updates\n\n" + LEAD + " AFP reported the advance first.\n\n" + SECOND;
        assertThat(clean(body).text()).isEqualTo(body);
        assertThat(DebrisCues.credit("Photo: Reuters")).isTrue();
        assertThat(DebrisCues.credit("Omar Haj Kadour / AFP via Getty Images")).isTrue();
        assertThat(DebrisCues.credit("AP reported the advance")).isFalse();
    }
}
