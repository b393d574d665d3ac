package dev.faultline.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {
    record Words(String text) {}
    record Counted(int words) {}

    static final Stage<String, Words> TRIM = new Stage<>() {
        public Words apply(String s) { return new Words(s.strip()); }
        public String name() { return "trim"; }
    };
    static final Stage<Words, Counted> COUNT = new Stage<>() {
        public Counted apply(Words w) { return new Counted(w.text().isEmpty() ? 0 : w.text().split("\\s+").length); }
        public String name() { return "count"; }
    };

    @Test
    void runsStagesInOrderAndNamesThem() {
        Pipeline<String, Counted> p = Pipeline.of(TRIM).then(COUNT);
        assertThat(p.apply("  Russia struck rebel positions  ")).isEqualTo(new Counted(4));
        assertThat(p.stageNames()).containsExactly("trim", "count");
        assertThat(p.name()).isEqualTo("trim > count");
    }

    @Test
    void thenReturnsANewPipeline() {
        Pipeline<String, Words> first = Pipeline.of(TRIM);
        first.then(COUNT);
        assertThat(first.stageNames()).containsExactly("trim");
    }
}
