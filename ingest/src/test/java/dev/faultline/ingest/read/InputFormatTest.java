package dev.faultline.ingest.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputFormatTest {
    @Test
    void extensionsDecideAndContentDecidesTheRest() {
        assertThat(InputFormat.byName("a.HTM")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.byName("a.ndjson")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.byName("a.atom")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.byName("a.xml")).isEqualTo(InputFormat.UNKNOWN);
        assertThat(InputFormat.byName("report")).isEqualTo(InputFormat.UNKNOWN);
        assertThat(InputFormat.sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.sniff("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.sniff("<?xml version=\"1.0\"?><catalog><book/></catalog>")).isEqualTo(InputFormat.XML_NOT_FEED);
        assertThat(InputFormat.sniff("\n<!DOCTYPE html><html><body><p>x</p>")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.sniff("Clashes in Deraa\n\nFighting broke out <again> today.")).isEqualTo(InputFormat.TEXT);
    }
}
