package dev.faultline.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser on the real server over the seeds: every view draws from the API under the policy
 * with no script error or policy violation, an event opens on its evidence (its sentence marked in the article), and
 * moving the time window changes what the views show.
 */
@Tag("slow")
class ViewsBrowserTest {
    static Browser b;

    @BeforeAll
    static void open() {
        b = Browser.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "map, #/map, .leaflet-container .leaflet-interactive",
            "network, #/network, .view-network svg circle",
            "timeline, #/timeline?by=month, .view-timeline .uplot",
            "events, #/events, table.data tbody tr",
            "actors, #/actors, .view-actors table tbody tr",
            "actor, #/actor/hezbollah, .view-actor h1",
            "dyad, #/dyad/hezbollah/quds-force, .view-dyad svg",
            "upload, #/upload, .view-upload textarea"})
    void everyViewDrawsOnTheSeeds(String name, String hash, String drawn) {
        b.console();
        b.open(hash);
        b.waitFor(By.cssSelector(drawn));
        assertThat(b.driver.findElements(By.cssSelector("#view .note.error"))).as(name).isEmpty();
        b.screenshot("view-" + name);
        assertThat(b.console()).as(name + ": the console's errors").isEmpty();
    }

    @Test
    void anEventOpensOnItsEvidence() {
        b.open("#/events");
        WebElement row = b.waitFor(By.cssSelector("table.data tbody tr.clickable"));
        String id = row.getAttribute("data-id");
        row.click();
        WebElement mark = b.waitFor(By.cssSelector(".article-text mark"));
        assertThat(b.driver.getCurrentUrl()).contains("evidence").contains("event=" + id);
        String sentence = (String) b.js("return arguments[0].textContent", mark);
        assertThat(b.server.get("/api/events/" + id).json().at("/event/text").asText()).isEqualTo(sentence);
        assertThat(b.driver.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
        b.screenshot("evidence");
    }

    @Test
    void movingTheTimeWindowChangesTheViews() {
        b.open("#/events");
        b.waitFor(By.cssSelector("table.data tbody tr"));
        WebElement since = b.driver.findElement(By.id("since"));
        since.clear();
        since.sendKeys("2019-01", Keys.ENTER);
        b.waitUntil("the address carries the window", d -> d.getCurrentUrl().contains("since=2019-01"));
        b.waitFor(By.cssSelector("table.data tbody tr"));
        b.waitUntil("only 2019 and later", d -> {
            List<WebElement> dates = d.findElements(By.cssSelector("table.data tbody tr td:first-child"));
            return !dates.isEmpty() && dates.stream().allMatch(td -> td.getText().compareTo("2019") >= 0);
        });
        b.open("#/timeline?by=month&since=2018-01&until=2018-06");
        b.waitFor(By.cssSelector(".view-timeline .uplot"));
        assertThat(b.driver.findElement(By.id("since")).getAttribute("value")).isEqualTo("2018-01");
        assertThat(b.console()).isEmpty();
    }
}
