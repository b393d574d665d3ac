package dev.faultline.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleIdTest {
    @Test
    void sameTextWithOtherSpacingQuotesAndCaseHasTheSameId() {
        ArticleId a = ArticleId.of("Iran’s forces   withdrew\r\nfrom “the area” – officials said.");
        ArticleId b = ArticleId.of("iran's forces withdrew from \"the area\" - officials said.\n");
        assertThat(a).isEqualTo(b);
        assertThat(a.value()).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void differentTextsHaveDifferentIds() {
        assertThat(ArticleId.of("Russia struck Idlib.")).isNotEqualTo(ArticleId.of("Russia struck Aleppo."));
    }

    @Test
    void rejectsMalformedIds() {
        assertThatThrownBy(() -> new ArticleId("XYZ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }
}
