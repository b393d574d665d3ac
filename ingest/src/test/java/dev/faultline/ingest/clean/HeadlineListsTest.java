package dev.faultline.ingest.clean;

import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.ingest.draft.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists of other stories' headlines at a page's end are debris; an article's own lists and subheadings are not. */
class HeadlineListsTest {
    private static final String LEAD = "Houthi forces fired a ballistic missile at a commercial ship in the Red Sea on Tuesday, "
            + "the US military said, the third attack on shipping this week.";
    private static final String SECOND = "The vessel reported minor damage and continued to its next port of call, according to a statement "
            + "from the British maritime agency that monitors the waterway.";
    private static final String ARTICLE = LEAD + "\n\n" + SECOND;

    private static Draft clean(String body) {
        return new DebrisCleaner(BoilerplateIndex.none()).apply(new RawReport(new Source("r.html", Source.Format.HTML, 0),
                "Title", body, null, null, null, List.of()));
    }

    @Test
    void aListUnderAMoreNewsHeaderGoesWithItsKickersAndTimes() {
        String body = ARTICLE + "\n\nMore news\n\nMiddle East\n"
                + "Israeli strike on Beirut suburb kills senior Hezbollah commander\n2 hours ago\n"
                + "Is Iran preparing to retaliate against Israel?\n"
                + "Venezuela’s opposition says it has proof Maduro lost the election\n"
                + "Russia launches dozens of drones at Kyiv overnight, officials say";
        Draft d = clean(body);
        assertThat(d.text()).isEqualTo(ARTICLE);
        assertThat(d.dropped()).extracting(Span::reason).contains("list of other stories' headlines");
    }

    @Test
    void trendingAndMostReadHeadersWorkMidBodyToo() {
        String list = "Trending now\n\nUkraine says it shot down 40 Russian drones over Odesa region\n"
                + "Sudan’s army retakes key bridge in Omdurman from paramilitary RSF\n\n";
        Draft d = clean(LEAD + "\n\n" + list + SECOND);
        assertThat(d.text()).isEqualTo(LEAD + "\n\n" + SECOND);
    }

    @Test
    void aHeaderFollowedByOneSubheadingAndProseTakesNeither() {
        String more = "\n\n" + (SECOND + "\n\n").repeat(6) + SECOND;   // the header stands mid-article, not in its tail
        String body = LEAD + "\n\nREAD MORE: Who are the Houthis and why are they attacking ships?\n\n"
                + "What the attacks mean for trade" + more;
        Draft d = clean(body);
        assertThat(d.text()).isEqualTo(LEAD + "\n\nWhat the attacks mean for trade" + more);
    }

    @Test
    void teaserHeadlinesEndingAPageWithoutAHeaderGo() {
        String body = ARTICLE + "\n\n"
                + "Flooding in southern China forces evacuation of 200,000 residents\n"
                + "Venezuela’s opposition says it has proof Maduro lost the election\n"
                + "Olympic organisers apologise for opening ceremony mix-up\n"
                + "Wildfire in California grows to become the state’s fifth largest";
        assertThat(clean(body).text()).isEqualTo(ARTICLE);
    }

    @Test
    void anArticlesOwnClosingListOfItsPointsStays() {
        String body = ARTICLE + "\n\n"
                + "Houthi forces have attacked commercial shipping in the Red Sea dozens of times\n"
                + "The British maritime agency reported minor damage to the vessel\n"
                + "The US military said the missile was fired from Yemen on Tuesday";
        assertThat(clean(body).text()).isEqualTo(body);
    }

    @Test
    void subheadingsAndProseOfAnArticleStay() {
        String body = LEAD + "\n\nA widening campaign at sea\n\n" + SECOND + "\n\nWhat comes next\n\n"
                + "Shipping companies have rerouted vessels around the Cape of Good Hope, adding weeks to voyages.";
        assertThat(clean(body).text()).isEqualTo(body);
    }
}
