package dev.faultline.actors.kb;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped knowledge base loads without a problem and holds what the rest of Faultline relies on. */
class ShippedKnowledgeBaseTest {
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load();
    }

    @Test
    void loads() {
        assertThat(kb.actors()).isNotEmpty();
    }
}
