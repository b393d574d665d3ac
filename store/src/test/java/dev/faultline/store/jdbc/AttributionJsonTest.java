package dev.faultline.store.jdbc;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributionJsonTest {
    private static final ActorRef BAS_NEWS = new ActorRef("bas-news", "Bas News", ActorKind.ORGANIZATION, "IRQ", null, null,
            List.of("bas-news"), ActorRef.Origin.KNOWN, null);

    @Test
    void writesCompactObjectsInOrderWithTheActorById() {
        assertThat(AttributionJson.write(List.of(Attribution.outlet("DEBKA"),
                new Attribution("Bas News", AttributionKind.MEDIA, BAS_NEWS, 10, 18))))
                .isEqualTo("[{\"text\":\"DEBKA\",\"kind\":\"media\",\"actor_id\":null,\"begin\":-1,\"end\":-1},"
                        + "{\"text\":\"Bas News\",\"kind\":\"media\",\"actor_id\":\"bas-news\",\"begin\":10,\"end\":18}]");
        assertThat(AttributionJson.write(List.of())).isEqualTo("[]");
    }

    @Test
    void readsBackWhatItWritesWhateverTheCharacters() {
        List<Attribution> odd = List.of(Attribution.outlet("a \"quoted\" \\ back/slash"),
                new Attribution("tab\tnew\nline\rcr\u0001\u001f\u0000", AttributionKind.ANONYMOUS, null, 0, 1),
                new Attribution("\u062d\u0632\u0628 \uD83D\uDCA5 '); DROP TABLE events; --", AttributionKind.OFFICIAL, BAS_NEWS, 2, 3));
        String json = AttributionJson.write(odd);
        assertThat(json).doesNotContain("\u0000");
        assertThat(AttributionJson.resolve(AttributionJson.read(json), Map.of("bas-news", BAS_NEWS))).isEqualTo(odd);
    }

    @Test
    void anActorNotFoundIsNoneAndAnEmptyColumnNoChain() {
        List<AttributionJson.StoredLink> links = AttributionJson.read(
                " [ {\"kind\" : \"Named\", \"text\":\"x\\u0079\", \"end\":2, \"begin\":1, \"actor_id\":\"gone\", \"more\":[1]} ] ");
        assertThat(AttributionJson.actorIds(List.of(links))).containsExactly("gone");
        assertThat(AttributionJson.resolve(links, Map.of()))
                .containsExactly(new Attribution("xy", AttributionKind.NAMED, null, 1, 2));
        assertThat(AttributionJson.read("[{\"text\":\"o\",\"kind\":\"media\",\"begin\":-1,\"end\":-1}]"))
                .containsExactly(new AttributionJson.StoredLink("o", AttributionKind.MEDIA, null, -1, -1));
        assertThat(AttributionJson.read(null)).isEmpty();
        assertThat(AttributionJson.read(" ")).isEmpty();
        assertThat(AttributionJson.read("[ ]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{}", "null", "[1]", "[{}]", "[{\"text\":\"a\",\"kind\":\"rumour\",\"begin\":1,\"end\":2}]",
            "[{\"text\":\"a\",\"kind\":\"media\",\"begin\":1.5,\"end\":2}]", "[{\"text\":\"a\",\"kind\":\"media\",\"begin\":1}]",
            "[{\"text\":1,\"kind\":\"media\",\"begin\":1,\"end\":2}]",
            "[{\"text\":\"a\",\"kind\":\"media\",\"actor_id\":7,\"begin\":1,\"end\":2}]", "[] x", "[]]"})
    void refusesAnythingElse(String json) {
        assertThatThrownBy(() -> AttributionJson.read(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
