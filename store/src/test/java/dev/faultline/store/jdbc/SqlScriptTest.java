package dev.faultline.store.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlScriptTest {
    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- a comment; not a statement
                CREATE TABLE a (x VARCHAR DEFAULT 'it''s; fine'); /* also; a comment */
                CREATE TABLE "odd;name" (y INTEGER);
                INSERT INTO a VALUES ('--not a comment')
                """;
        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE a (x VARCHAR DEFAULT 'it''s; fine')",
                "CREATE TABLE \"odd;name\" (y INTEGER)",
                "INSERT INTO a VALUES ('--not a comment')");
    }

    @Test
    void anEmptyScriptHasNoStatements() {
        assertThat(SqlScript.statements("-- nothing\n ; ;\n")).isEmpty();
    }

    @Test
    void refusesUnterminatedQuotesAndComments() {
        assertThatThrownBy(() -> SqlScript.statements("SELECT 'x")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> SqlScript.statements("SELECT 1 /* x")).hasMessageContaining("unterminated");
    }
}
