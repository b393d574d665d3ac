package dev.faultline.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading in the browser: a pasted report's events arrive in the page as the job streams them; a report whose
 * title and text carry script and handler payloads shows them as text, and none of them runs.
 */
@Tag("slow")
class UploadBrowserTest {
    static Browser b;

    @BeforeAll
    static void open() {
        b = Browser.get();
    }

    private void paste(String text, String title, String outlet) {
        b.open("#/upload");
        WebElement area = b.waitFor(By.cssSelector(".view-upload textarea"));
        area.sendKeys(text);
        WebElement pastePanel = area.findElement(By.xpath("ancestor::*[.//button[contains(., 'Analyse the text')]][1]"));
        pastePanel.findElement(By.cssSelector("input[name=title]")).sendKeys(title);
        pastePanel.findElement(By.cssSelector("input[name=outlet]")).sendKeys(outlet);
        pastePanel.findElement(By.xpath(".//button[contains(., 'Analyse the text')]")).click();
    }

    @Test
    void aPastedReportsEventsArriveLive() {
        b.console();
        paste("Russian jets bombed rebel positions in Idlib on Sunday, the Syrian Observatory for Human Rights said.",
                "Russian strikes on Idlib", "AFP");
        b.waitUntil("the job's events arrive", d -> !d.findElements(By.cssSelector(".view-upload table.data tbody tr")).isEmpty());
        b.waitUntil("the job ends", d -> d.findElement(By.cssSelector(".view-upload .progress")).getAttribute("class").contains("done"));
        assertThat(b.driver.findElement(By.cssSelector(".view-upload table.data tbody")).getText()).contains("ASSAULT");
        b.screenshot("upload");
        assertThat(b.console()).isEmpty();
    }

    @Test
    void aHostileReportShowsAsTextAndRunsNothing() {
        String payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
        paste(payload + " Syrian government forces shelled the village of Tell Abyad on March 3, the observatory said. " + payload,
                "<script>window.__pwned=3</script> Shelling", "<img src=x onerror=window.__pwned=4> News");
        b.waitUntil("the job ends", d -> {
            var p = d.findElements(By.cssSelector(".view-upload .progress"));
            return !p.isEmpty() && p.get(0).getAttribute("class").matches(".*\\b(done|failed)\\b.*");
        });
        String job = b.driver.getCurrentUrl().replaceAll(".*[?&]job=([0-9a-f]+).*", "$1");
        String article = b.server.get("/api/jobs/" + job).json().at("/articles/0").asText();
        var events = b.server.get("/api/events?article=" + article).json().path("items");
        assertThat(events).as("the hostile report's events").isNotEmpty();
        b.open("#/evidence?event=" + events.get(0).path("id").asText());
        WebElement text = b.waitFor(By.cssSelector(".article-text"));
        assertThat(text.getText()).contains("<script>window.__pwned=2</script>").contains("onerror=");
        assertThat(b.driver.findElement(By.tagName("body")).getText()).contains("<script>window.__pwned=3</script> Shelling");
        assertThat(b.driver.findElements(By.cssSelector("#view img[src='x'], #view script"))).isEmpty();
        assertThat(b.js("return window.__pwned === undefined")).isEqualTo(true);
        b.screenshot("hostile");
    }
}
