package dev.faultline.store.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonStringArrayTest {
    @Test
    void writesCompactArraysInOrder() {
        assertThat(JsonStringArray.write(List.of("quds-force", "irgc", "iran"))).isEqualTo("[\"quds-force\",\"irgc\",\"iran\"]");
        assertThat(JsonStringArray.write(List.of())).isEqualTo("[]");
    }

    @Test
    void readsBackWhatItWritesWhateverTheCharacters() {
        List<String> odd = List.of("", "a \"quoted\" \\ back/slash", "tab\tnew\nline\rcr\u0001\u001f",
                "\u062d\u0632\u0628 \uD83D\uDCA5", "'); DROP TABLE actors; --");
        assertThat(JsonStringArray.read(JsonStringArray.write(odd))).isEqualTo(odd);
    }

    @Test
    void readsOtherWritersSpacingAndEscapes() {
        assertThat(JsonStringArray.read(" [ \"a\" ,\n\t\"b\\/c\\u00e9\\b\\f\" ] ")).containsExactly("a", "b/c\u00e9\b\f");
        assertThat(JsonStringArray.read("[ ]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "[\"a\"", "[\"a\",]", "[\"a\" \"b\"]", "[1]", "{\"a\":1}", "[\"a\"] x",
            "[\"\\x\"]", "[\"\\u12\"]", "[\"unterminated]"})
    void refusesAnythingElseNamingIt(String json) {
        assertThatThrownBy(() -> JsonStringArray.read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON array of strings");
    }
}
