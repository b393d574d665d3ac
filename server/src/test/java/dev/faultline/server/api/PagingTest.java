package dev.faultline.server.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cursors: opaque, refused when forged, and continuing after the last item seen even when the listing grew before it. */
class PagingTest {
    @Test
    void aCursorContinuesAfterItsItemEvenWhenItemsWereAddedBeforeIt() {
        List<String> rows = new ArrayList<>(List.of("a", "b", "c", "d"));
        String cursor = Paging.cursor("b", 2);
        assertThat(Paging.start(rows, cursor, Function.identity())).isEqualTo(2);
        rows.add(0, "0");   // the store grew meanwhile
        assertThat(Paging.start(rows, cursor, Function.identity())).isEqualTo(3);
        rows.remove("b");   // and the item itself went: fall back to the position
        assertThat(Paging.start(rows, cursor, Function.identity())).isEqualTo(2);
        assertThatThrownBy(() -> Paging.start(rows, "!!", Function.identity())).isInstanceOf(ApiError.class);
        assertThatThrownBy(() -> Paging.start(rows, Paging.cursor("x", -1).replace("LTE", "eA"), Function.identity()))
                .isInstanceOf(ApiError.class);
    }

    @Test
    void idsAreCheckedBeforeAnythingLooksThemUp() {
        assertThat(Params.checkId("actor", "quds-force")).isEqualTo("quds-force");
        for (String bad : List.of("../etc", "<script>", "", "a b", "x".repeat(200), "a/b")) {
            assertThatThrownBy(() -> Params.checkId("actor", bad)).as(bad).isInstanceOf(ApiError.class);
        }
    }
}
